package org.assure.partnership.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * RFC 6238's own test values (SHA-1), the window of steps a code is accepted in, and that
 * a code is never accepted twice.
 */
class TotpUnitTests {

	private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@Test
	void theCodesAreThoseOfRfc6238() {
		// RFC 6238, appendix B: time, then the 8-digit SHA-1 value
		assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(59)), 8)).isEqualTo("94287082");
		assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1111111109)), 8)).isEqualTo("07081804");
		assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1111111111)), 8)).isEqualTo("14050471");
		assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1234567890)), 8)).isEqualTo("89005924");
		assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(2000000000)), 8)).isEqualTo("69279037");
		assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(20000000000L)), 8)).isEqualTo("65353130");
		// six digits are the last six of the same value
		assertThat(Totp.code(Totp.base32(RFC_KEY), Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
	}

	@Test
	void base32IsRfc4648() {
		assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
		assertThat(new String(Totp.fromBase32("mzxw 6ytb oi======"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
		assertThat(Totp.base32(RFC_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThatThrownBy(() -> Totp.fromBase32("AB1")).hasMessage("'1' is not a base 32 character");
		assertThat(Totp.newSecret()).hasSize(32).matches("[A-Z2-7]+");
	}

	@Test
	void aCodeIsAcceptedInItsStepAndTheStepsEitherSideAndNeverTwice() {
		String secret = Totp.base32(RFC_KEY);
		Instant now = Instant.ofEpochSecond(1_700_000_000L);
		long step = Totp.step(now);
		assertThat(Totp.verify(secret, Totp.code(secret, step), now, 0)).hasValue(step);
		assertThat(Totp.verify(secret, Totp.code(secret, step - 1), now, 0)).hasValue(step - 1);
		assertThat(Totp.verify(secret, Totp.code(secret, step + 1), now, 0)).hasValue(step + 1);
		assertThat(Totp.verify(secret, Totp.code(secret, step - 2), now, 0)).isEmpty();
		assertThat(Totp.verify(secret, Totp.code(secret, step + 2), now, 0)).isEmpty();
		assertThat(Totp.verify(secret, Totp.code(secret, step), now, step)).as("already used").isEmpty();
		assertThat(Totp.verify(secret, Totp.code(secret, step - 1), now, step)).as("older than the last").isEmpty();
		String code = Totp.code(secret, step);
		assertThat(Totp.verify(secret, code.substring(0, 3) + " " + code.substring(3), now, 0)).hasValue(step);
		assertThat(Totp.verify(secret, "12345", now, 0)).isEmpty();
		assertThat(Totp.verify(secret, "abcdef", now, 0)).isEmpty();
	}

	@Test
	void theAddressIsWhatAuthenticatorAppsRead() {
		assertThat(Totp.address("lado one", "ABCD")).isEqualTo(
				"otpauth://totp/Assure%3Alado%20one?secret=ABCD&issuer=Assure&algorithm=SHA1&digits=6&period=30");
	}

}
