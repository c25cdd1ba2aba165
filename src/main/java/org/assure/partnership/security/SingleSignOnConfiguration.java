package org.assure.partnership.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * The OpenID Connect provider's registration, when single sign-on is on: read from the
 * provider's discovery document at start-up (a provider that cannot be reached stops the
 * start with its address in the message).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnExpression("!'${assure.sso.issuer-uri:}'.isBlank()")
class SingleSignOnConfiguration {

	@Bean
	ClientRegistrationRepository singleSignOnRegistrations(SingleSignOnSettings settings, Environment environment) {
		String sameSite = environment.getProperty("server.servlet.session.cookie.same-site", "lax");
		if ("strict".equalsIgnoreCase(sameSite)) {
			throw new IllegalStateException("Single sign-on needs the session cookie to come back with the provider's "
					+ "redirect, which a SameSite=Strict cookie does not: set ASSURE_SESSION_COOKIE_SAME_SITE=lax");
		}
		ClientRegistration registration;
		try {
			registration = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
				.registrationId(SingleSignOnSettings.REGISTRATION)
				.clientId(settings.clientId())
				.clientSecret(settings.clientSecret())
				.clientName(settings.name())
				.scope("openid", "profile", "email")
				.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
				.build();
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Single sign-on: could not read the provider's configuration at "
					+ settings.issuerUri() + "/.well-known/openid-configuration (" + ex.getMessage() + ")", ex);
		}
		return new InMemoryClientRegistrationRepository(registration);
	}

}
