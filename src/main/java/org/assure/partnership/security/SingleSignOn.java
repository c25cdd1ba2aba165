package org.assure.partnership.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.assure.partnership.AssureUser;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * What happens when the OpenID Connect provider sends a user back: the provider has
 * proved who they are (Spring Security has checked the ID token's signature, issuer,
 * audience, expiry and nonce); Assure then finds its own user of the name the configured
 * claim gives, enabled and not locked, and signs that user in with the roles and
 * partnership Assure holds for them. An identity without an Assure account is refused:
 * the provider says who, never what they may see. Everything is in the access log.
 */
@Component
class SingleSignOn implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	/** Where a refused single sign-on goes: the sign-in page, with its own message. */
	static final String REFUSED = "/login?ssoError";

	private final SingleSignOnSettings settings;

	private final UserAccounts accounts;

	private final SignInAttempts attempts;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SingleSignOn(SingleSignOnSettings settings, UserAccounts accounts, SignInAttempts attempts) {
		this.settings = settings;
		this.accounts = accounts;
		this.attempts = attempts;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		if (!(authentication.getPrincipal() instanceof OidcUser identity)) {
			refuse(request, response, "", "single sign-on gave no OpenID Connect identity");
			return;
		}
		String claim = identity.getClaimAsString(this.settings.usernameClaim());
		if (claim == null || claim.isBlank()) {
			refuse(request, response, "",
					"single sign-on: the provider's token has no '" + this.settings.usernameClaim() + "' claim");
			return;
		}
		String username = SingleSignOnSettings.username(claim);
		Optional<AssureUser> found = this.accounts.findForSignIn(username);
		if (found.isEmpty()) {
			refuse(request, response, username, "single sign-on: no Assure account of that name");
			return;
		}
		AssureUser user = found.get();
		if (!user.isEnabled()) {
			refuse(request, response, username, "single sign-on: account disabled");
			return;
		}
		if (!user.isAccountNonLocked()) {
			refuse(request, response, username, "single sign-on: account locked");
			return;
		}
		Authentication signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(signedIn);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		this.attempts.signedIn(request, response, signedIn, "single sign-on", this.settings.providerSecondFactor());
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		String code = (exception instanceof OAuth2AuthenticationException oauth) ? oauth.getError().getErrorCode()
				: exception.getClass().getSimpleName();
		refuse(request, response, "", "single sign-on refused: " + code);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String username, String reason)
			throws IOException {
		this.attempts.refused(username, reason);
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		response.sendRedirect(request.getContextPath() + REFUSED);
	}

}
