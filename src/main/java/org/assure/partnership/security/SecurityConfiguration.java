package org.assure.partnership.security;

import org.assure.partnership.AgencyApiTokens;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Web security. Deny by default: only the sign-in page, static assets and the health
 * probe are open; everything else needs a signed-in user, and every controller method
 * also says which roles may call it ({@code @PreAuthorize}, enforced by method security
 * and by the shell's guard).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	/** No inline script or style, nothing from elsewhere. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	/**
	 * No tracing of each security filter, authentication and authorisation: nothing reads
	 * those observations, and wrapping every filter of every request in one cost the
	 * dashboard a share of its time under load. Requests are still observed as a whole.
	 * @return the settings
	 */
	@Bean
	org.springframework.security.config.observation.SecurityObservationSettings securityObservations() {
		return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AgencyApiTokens tokens) throws Exception {
		http.securityMatcher("/api/**")
			.addFilterBefore(new ApiTokenFilter(tokens), AuthorizationFilter.class)
			.addFilterBefore(new SecondFactorSignIn.Gate(), AuthorizationFilter.class)
			// A bearer token is never sent by a browser on its own, so a call that
			// carries
			// one cannot be forged across sites; calls with the session keep CSRF.
			.csrf((csrf) -> csrf.ignoringRequestMatchers((request) -> {
				String header = request.getHeader("Authorization");
				return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
			}))
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.requestCache((cache) -> cache.disable())
			.headers(SecurityConfiguration::strictHeaders);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, SignInAttempts signInAttempts,
			ObjectProvider<ClientRegistrationRepository> singleSignOnRegistrations, SingleSignOn singleSignOn)
			throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/error", "/css/**", "/js/**", "/assets/**", "/webjars/**", "/favicon.ico")
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(signInAttempts)
				.failureHandler(signInAttempts)
				.permitAll())
			.logout((logout) -> logout.logoutSuccessHandler(signInAttempts).permitAll())
			.addFilterBefore(new SecondFactorSignIn.Gate(), AuthorizationFilter.class)
			.headers(SecurityConfiguration::strictHeaders);
		if (singleSignOnRegistrations.getIfAvailable() != null) {
			// Single sign-on (docs/single-sign-on.md): /oauth2/authorization/sso goes to
			// the provider, which sends the user back to /login/oauth2/code/sso.
			http.oauth2Login(
					(sso) -> sso.loginPage("/login").successHandler(singleSignOn).failureHandler(singleSignOn));
		}
		return http.build();
	}

	private static void strictHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
			.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"));
	}

}
