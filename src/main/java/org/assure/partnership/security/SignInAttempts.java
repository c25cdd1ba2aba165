package org.assure.partnership.security;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.assure.audit.AccessAction;
import org.assure.partnership.AssureUser;
import org.assure.audit.AccessEvent;
import org.assure.audit.AccessLog;
import org.assure.audit.AccessOutcome;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * What happens after each sign-in attempt and sign-out: failures are counted and lock the
 * account when the policy says so, and every attempt is in the access log. Every failure
 * shows the same message, whatever its cause.
 */
@Component
class SignInAttempts implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutSuccessHandler {

	private static final Logger logger = LoggerFactory.getLogger(SignInAttempts.class);

	private static final int MAX_LOGGED_NAME = 100;

	private final UserAccounts accounts;

	private final AccessLog accessLog;

	private final LockoutPolicy policy;

	private final AuthenticationSuccessHandler onSuccess = new SavedRequestAwareAuthenticationSuccessHandler();

	private final AuthenticationFailureHandler onFailure = new SimpleUrlAuthenticationFailureHandler("/login?error");

	private final LogoutSuccessHandler onSignOut;

	private final SecondFactors secondFactors;

	SignInAttempts(UserAccounts accounts, AccessLog accessLog, SecuritySettings settings, SecondFactors secondFactors) {
		this.accounts = accounts;
		this.secondFactors = secondFactors;
		this.accessLog = accessLog;
		this.policy = settings.lockoutPolicy();
		SimpleUrlLogoutSuccessHandler signedOut = new SimpleUrlLogoutSuccessHandler();
		signedOut.setDefaultTargetUrl("/login?signedOut");
		this.onSignOut = signedOut;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		signedIn(request, response, authentication, null, false);
	}

	/**
	 * A user has proved who they are: on to the second step where their role needs one,
	 * else to the page first asked for; in the access log either way.
	 * @param request the request
	 * @param response the response
	 * @param authentication the signed-in user
	 * @param how how they signed in, for the access log, or null for a password
	 * @param secondFactorDone whether the way they signed in asked for a second factor
	 * already
	 */
	void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication,
			@Nullable String how, boolean secondFactorDone) throws IOException, ServletException {
		String username = authentication.getName();
		String by = (how != null) ? how : "password";
		if (!secondFactorDone && authentication.getPrincipal() instanceof AssureUser user
				&& this.secondFactors.required(user)) {
			// The failures in a row are not cleared until the second factor is right,
			// so a password does not buy unlimited guesses at codes.
			this.accessLog.record(new AccessEvent(this.accounts.partnershipOf(username).orElse(null), username,
					AccessAction.SIGN_IN, null, null, AccessOutcome.SUCCESS, by + "; second factor to follow"));
			request.getSession().setAttribute(SecondFactorSignIn.PENDING, Boolean.TRUE);
			response.sendRedirect(request.getContextPath() + SecondFactorSignIn.PATH);
			return;
		}
		this.accounts.recordSuccess(username);
		this.accessLog.record(new AccessEvent(this.accounts.partnershipOf(username).orElse(null), username,
				AccessAction.SIGN_IN, null, null, AccessOutcome.SUCCESS, how));
		this.onSuccess.onAuthenticationSuccess(request, response, authentication);
	}

	/**
	 * A sign-in another way than by password was refused: in the access log, without
	 * counting towards the account's lockout (no password was guessed).
	 * @param username the user name it named, or empty
	 * @param reason why
	 */
	void refused(String username, String reason) {
		String name = (username.length() > MAX_LOGGED_NAME) ? username.substring(0, MAX_LOGGED_NAME) : username;
		failure(this.accounts.partnershipOf(name).orElse(null), name, reason);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		String typed = Optional.ofNullable(request.getParameter("username")).orElse("").trim();
		String username = (typed.length() > MAX_LOGGED_NAME) ? typed.substring(0, MAX_LOGGED_NAME) : typed;
		failed(username, exception);
		this.onFailure.onAuthenticationFailure(request, response, exception);
	}

	void failed(String username, AuthenticationException exception) {
		Long partnershipId = this.accounts.partnershipOf(username).orElse(null);
		String reason = reason(exception);
		if (exception instanceof BadCredentialsException) {
			Optional<LockoutPolicy.AfterFailure> after = this.accounts.recordFailure(username, this.policy);
			if (after.isEmpty()) {
				reason = "unknown user name";
			}
			failure(partnershipId, username, reason);
			if (after.isPresent() && after.get().locksAccount()) {
				logger.warn("Locked the account '{}' after {} failed sign-ins", username, this.policy.attempts());
				this.accessLog.record(new AccessEvent(partnershipId, username, AccessAction.ACCOUNT_LOCKED, "user",
						username, AccessOutcome.SUCCESS,
						"after " + this.policy.attempts() + " failed sign-ins; until " + after.get().lockedUntil()));
			}
			return;
		}
		failure(partnershipId, username, reason);
	}

	private void failure(Long partnershipId, String username, String reason) {
		this.accessLog.record(new AccessEvent(partnershipId, username, AccessAction.SIGN_IN_FAILED, null, null,
				AccessOutcome.FAILURE, reason));
	}

	private static String reason(AuthenticationException exception) {
		if (exception instanceof SecondFactorSignIn.WrongCode) {
			return "wrong second factor";
		}
		if (exception instanceof LockedException) {
			return "account locked";
		}
		if (exception instanceof DisabledException) {
			return "account disabled";
		}
		if (exception instanceof BadCredentialsException) {
			return "wrong password";
		}
		return exception.getClass().getSimpleName().toLowerCase(Locale.ROOT);
	}

	@Override
	public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException, ServletException {
		if (authentication != null) {
			String username = authentication.getName();
			this.accessLog.record(new AccessEvent(this.accounts.partnershipOf(username).orElse(null), username,
					AccessAction.SIGN_OUT, null, null, AccessOutcome.SUCCESS, null));
		}
		this.onSignOut.onLogoutSuccess(request, response, authentication);
	}

}
