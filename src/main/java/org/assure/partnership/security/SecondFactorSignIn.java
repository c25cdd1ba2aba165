package org.assure.partnership.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.assure.audit.AccessAction;
import org.assure.audit.AccessEvent;
import org.assure.audit.AccessLog;
import org.assure.audit.AccessOutcome;
import org.assure.partnership.AssureUser;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The second step of signing in, for the roles that must use a second factor: after the
 * right password the session is marked pending, and until a code from the user's
 * authenticator app (or a recovery code) is accepted it reaches nothing but this step and
 * signing out. A wrong code counts as a failed sign-in (the same lock applies); a right
 * one clears the failures, gives the session a new id and goes on to the page first asked
 * for.
 */
@Component
public class SecondFactorSignIn {

	/** The step's address. */
	public static final String PATH = "/second-factor";

	/** The session attribute that marks a sign-in waiting for its second factor. */
	static final String PENDING = SecondFactorSignIn.class.getName() + ".PENDING";

	private static final String NEW_SECRET = SecondFactorSignIn.class.getName() + ".NEW_SECRET";

	private final SecondFactors factors;

	private final SignInAttempts attempts;

	private final UserAccounts accounts;

	private final AccessLog accessLog;

	SecondFactorSignIn(SecondFactors factors, SignInAttempts attempts, UserAccounts accounts, AccessLog accessLog) {
		this.factors = factors;
		this.attempts = attempts;
		this.accounts = accounts;
		this.accessLog = accessLog;
	}

	/**
	 * Whether a request's session waits for its second factor.
	 * @param request the request
	 * @return true while it waits
	 */
	public static boolean pending(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(PENDING) != null;
	}

	/**
	 * Whether the user has an app set up (else they enrol).
	 * @param user the user
	 * @return true when enrolled
	 */
	public boolean enrolled(AssureUser user) {
		return this.factors.enrolled(user.userId());
	}

	/**
	 * The secret offered for enrolment, the same until enrolment ends.
	 * @param request the request
	 * @return the secret, base 32
	 */
	public String offeredSecret(HttpServletRequest request) {
		HttpSession session = request.getSession();
		Object secret = session.getAttribute(NEW_SECRET);
		if (secret instanceof String text) {
			return text;
		}
		String fresh = Totp.newSecret();
		session.setAttribute(NEW_SECRET, fresh);
		return fresh;
	}

	/**
	 * Enrols the user with the offered secret and the code their app shows.
	 * @param request the request
	 * @param user the user
	 * @param typed the code
	 * @return what happened, with the recovery codes when accepted
	 */
	public Outcome enrol(HttpServletRequest request, AssureUser user, String typed) {
		Optional<List<String>> codes = this.factors.enrol(user.userId(), offeredSecret(request), typed);
		if (codes.isEmpty()) {
			return wrong(request, user);
		}
		finish(request, user, "second factor set up");
		return new Outcome(Result.ACCEPTED, codes.get(), SecondFactors.RECOVERY_CODES);
	}

	/**
	 * Checks a code from the user's app or a recovery code.
	 * @param request the request
	 * @param user the user
	 * @param typed the code
	 * @return what happened, with the recovery codes left
	 */
	public Outcome verify(HttpServletRequest request, AssureUser user, String typed) {
		Optional<SecondFactors.Accepted> accepted = this.factors.verify(user.userId(), typed);
		if (accepted.isEmpty()) {
			return wrong(request, user);
		}
		finish(request, user, (accepted.get() == SecondFactors.Accepted.APP_CODE) ? "second factor: app code"
				: "second factor: recovery code");
		return new Outcome(Result.ACCEPTED, List.of(), this.factors.recoveryCodesLeft(user.userId()));
	}

	/**
	 * Where to go once accepted: the page first asked for, or the home page.
	 * @param request the request
	 * @param response the response
	 * @return the address
	 */
	public String next(HttpServletRequest request, HttpServletResponse response) {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		SavedRequest saved = cache.getRequest(request, response);
		if (saved == null) {
			return "/";
		}
		cache.removeRequest(request, response);
		return saved.getRedirectUrl();
	}

	private void finish(HttpServletRequest request, AssureUser user, String detail) {
		HttpSession session = request.getSession();
		session.removeAttribute(PENDING);
		session.removeAttribute(NEW_SECRET);
		request.changeSessionId();
		this.accounts.recordSuccess(user.getUsername());
		this.accessLog.record(new AccessEvent(user.partnershipId(), user.getUsername(), AccessAction.SIGN_IN, null,
				null, AccessOutcome.SUCCESS, detail));
	}

	private Outcome wrong(HttpServletRequest request, AssureUser user) {
		this.attempts.failed(user.getUsername(), new WrongCode());
		boolean locked = this.accounts.findForSignIn(user.getUsername())
			.map((account) -> !account.isAccountNonLocked())
			.orElse(true);
		if (locked) {
			request.getSession().invalidate();
			return new Outcome(Result.LOCKED, List.of(), 0);
		}
		return new Outcome(Result.WRONG, List.of(), 0);
	}

	/**
	 * What came of a code.
	 *
	 * @param result accepted, wrong, or wrong and the account is now locked
	 * @param recoveryCodes the new recovery codes, at enrolment
	 * @param recoveryCodesLeft the recovery codes left
	 */
	public record Outcome(Result result, List<String> recoveryCodes, int recoveryCodesLeft) {
	}

	/** The result of a code. */
	public enum Result {

		/** Accepted: signed in. */
		ACCEPTED,

		/** Wrong: try again. */
		WRONG,

		/** Wrong, and the account is now locked: signed out. */
		LOCKED

	}

	/** A wrong second factor, counted as a failed sign-in. */
	static final class WrongCode extends BadCredentialsException {

		WrongCode() {
			super("wrong second factor");
		}

	}

	/**
	 * Holds a session that waits for its second factor to the second-factor step and
	 * signing out: a page is sent to the step, an API call gets 401.
	 */
	static final class Gate extends OncePerRequestFilter {

		private static final List<String> OPEN = List.of(PATH, "/logout", "/css/", "/js/", "/assets/", "/webjars/",
				"/favicon.ico", "/error");

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!pending(request)) {
				chain.doFilter(request, response);
				return;
			}
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (OPEN.stream().anyMatch((open) -> path.equals(open) || (open.endsWith("/") && path.startsWith(open)))) {
				chain.doFilter(request, response);
				return;
			}
			if (path.startsWith("/api/")) {
				response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
				return;
			}
			response.sendRedirect(request.getContextPath() + PATH);
		}

	}

}
