package org.assure.partnership.security;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on with an OpenID Connect provider ({@code assure.sso.*}): off while no
 * issuer is given.
 *
 * @param issuerUri the provider's issuer, whose {@code /.well-known/openid-configuration}
 * describes it; empty for no single sign-on
 * @param clientId Assure's client id at the provider
 * @param clientSecret its secret
 * @param name what the sign-in page calls the provider's accounts (default "your
 * organisation's account")
 * @param usernameClaim the ID token's claim whose value is the Assure user name (default
 * {@code email}); users, roles and partnerships stay Assure's own
 * @param providerSecondFactor whether the provider's sign-in already asks for a second
 * factor, so that Assure does not ask for its own (default false)
 */
@ConfigurationProperties("assure.sso")
public record SingleSignOnSettings(@Nullable String issuerUri, @Nullable String clientId, @Nullable String clientSecret,
		@Nullable String name, @Nullable String usernameClaim, boolean providerSecondFactor) {

	/**
	 * The registration's id: its paths are {@code /oauth2/authorization/sso} and back.
	 */
	public static final String REGISTRATION = "sso";

	public SingleSignOnSettings {
		issuerUri = blankToNull(issuerUri);
		clientId = blankToNull(clientId);
		clientSecret = blankToNull(clientSecret);
		name = (blankToNull(name) != null) ? name.strip() : "your organisation's account";
		usernameClaim = (blankToNull(usernameClaim) != null) ? usernameClaim.strip() : "email";
		if (issuerUri != null && clientId == null) {
			throw new IllegalArgumentException("assure.sso.client-id (ASSURE_SSO_CLIENT_ID) is needed with the issuer");
		}
	}

	/**
	 * Whether single sign-on is on.
	 * @return true when an issuer is given
	 */
	public boolean enabled() {
		return this.issuerUri != null;
	}

	/**
	 * The Assure user name a claim's value names: trimmed and in lower case, as user
	 * names are kept.
	 * @param claim the value
	 * @return the user name
	 */
	static String username(String claim) {
		return claim.strip().toLowerCase(Locale.ROOT);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
