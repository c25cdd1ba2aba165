package org.assure.partnership.security;

import java.time.Instant;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base 32 reads back what it wrote; a code is six digits and is accepted exactly in the
 * three steps around its own, at any moment.
 */
class TotpProperties {

	@Property
	void base32ReadsBackWhatItWrote(@ForAll @Size(max = 64) byte[] bytes) {
		assertThat(Totp.fromBase32(Totp.base32(bytes))).isEqualTo(bytes);
	}

	@Property(tries = 300)
	void aCodeIsAcceptedOnlyAroundItsOwnStep(@ForAll @Size(min = 10, max = 40) byte[] key,
			@ForAll @LongRange(min = 0, max = 4_000_000_000L) long seconds,
			@ForAll @LongRange(min = -3, max = 3) long offset) {
		String secret = Totp.base32(key);
		Instant now = Instant.ofEpochSecond(seconds);
		long step = Totp.step(now) + offset;
		String code = Totp.code(secret, step);
		assertThat(code).matches("\\d{6}");
		boolean accepted = Totp.verify(secret, code, now, Long.MIN_VALUE).isPresent();
		if (Math.abs(offset) <= 1) {
			assertThat(accepted).isTrue();
		}
		else {
			// accepted only where a step around now has, by chance, the same code
			long current = Totp.step(now);
			boolean collides = Totp.code(secret, current - 1).equals(code) || Totp.code(secret, current).equals(code)
					|| Totp.code(secret, current + 1).equals(code);
			assertThat(accepted).isEqualTo(collides);
		}
	}

}
