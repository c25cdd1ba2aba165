package org.assure.partnership.security;

import java.security.SecureRandom;

import org.assure.audit.AccessAction;
import org.assure.audit.AccessEvent;
import org.assure.audit.AccessLog;
import org.assure.audit.AccessOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start, creates the deployment administrator {@value #USERNAME}, with the
 * password from {@code ASSURE_ADMIN_PASSWORD} or, without one, a generated password
 * printed once to the log.
 */
@Component
@Order(0)
class AdministratorBootstrap implements ApplicationRunner {

	static final String USERNAME = "administrator";

	private static final Logger logger = LoggerFactory.getLogger(AdministratorBootstrap.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final int GENERATED_LENGTH = 20;

	private final UserAccounts accounts;

	private final PasswordEncoder encoder;

	private final AccessLog accessLog;

	private final String configuredPassword;

	AdministratorBootstrap(UserAccounts accounts, PasswordEncoder encoder, AccessLog accessLog,
			@Value("${assure.administrator.password:}") String configuredPassword) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.accessLog = accessLog;
		this.configuredPassword = configuredPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.accounts.hasDeploymentAdministrator() || this.accounts.usernameTaken(USERNAME)) {
			return;
		}
		boolean generated = this.configuredPassword.isBlank();
		String password = generated ? generate() : this.configuredPassword;
		this.accounts.createDeploymentAdministrator(USERNAME, "Administrator", this.encoder.encode(password));
		this.accessLog.record(new AccessEvent(null, "assure", AccessAction.CREATE, "user", USERNAME,
				AccessOutcome.SUCCESS, "first start: deployment administrator"));
		if (generated) {
			logger.warn("Created the deployment administrator '{}' with the generated password: {} "
					+ "(shown this once; sign in and change it under 'Your account')", USERNAME, password);
		}
		else {
			logger.info("Created the deployment administrator '{}' with the password from ASSURE_ADMIN_PASSWORD",
					USERNAME);
		}
	}

	static String generate() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder(GENERATED_LENGTH);
		for (int i = 0; i < GENERATED_LENGTH; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
