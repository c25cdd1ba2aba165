package org.assure.partnership.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA1, 30-second steps, six
 * digits, as every authenticator app reads them from an {@code otpauth://} address. A
 * code is accepted in its own step and the steps either side (a phone's clock a little
 * out), and only in a step after the last one accepted, so no code is accepted twice.
 */
public final class Totp {

	/** Seconds in a step. */
	public static final long STEP_SECONDS = 30;

	/** Digits in a code. */
	public static final int DIGITS = 6;

	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	/**
	 * A new shared secret: 160 random bits, in base 32.
	 * @return the secret
	 */
	public static String newSecret() {
		byte[] key = new byte[20];
		RANDOM.nextBytes(key);
		return base32(key);
	}

	/**
	 * The step a moment falls in.
	 * @param at the moment
	 * @return the number of whole steps since 1970
	 */
	public static long step(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
	}

	/**
	 * The code of a step.
	 * @param secret the shared secret, base 32
	 * @param step the step
	 * @return six digits
	 */
	public static String code(String secret, long step) {
		return code(fromBase32(secret), step, DIGITS);
	}

	static String code(byte[] key, long step, int digits) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(key, "RAW"));
			byte[] hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			int modulus = (int) Math.pow(10, digits);
			return String.format(Locale.ROOT, "%0" + digits + "d", binary % modulus);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA1 is part of every Java runtime", ex);
		}
	}

	/**
	 * The step whose code a typed code is, if it is one of the steps around now and later
	 * than the last accepted.
	 * @param secret the shared secret, base 32
	 * @param typed what the user typed (spaces ignored)
	 * @param now the moment
	 * @param lastStep the step of the last code accepted
	 * @return the step matched, or empty
	 */
	public static OptionalLong verify(String secret, String typed, Instant now, long lastStep) {
		String code = typed.replace(" ", "");
		if (code.length() != DIGITS || !code.chars().allMatch(Character::isDigit)) {
			return OptionalLong.empty();
		}
		long current = step(now);
		byte[] key = fromBase32(secret);
		for (long step = current - 1; step <= current + 1; step++) {
			boolean same = MessageDigest.isEqual(code(key, step, DIGITS).getBytes(StandardCharsets.US_ASCII),
					code.getBytes(StandardCharsets.US_ASCII));
			if (same && step > lastStep) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	/**
	 * The address an authenticator app reads the secret from.
	 * @param account the user name
	 * @param secret the shared secret, base 32
	 * @return an {@code otpauth://totp/} address
	 */
	public static String address(String account, String secret) {
		String label = URLEncoder.encode("Assure:" + account, StandardCharsets.UTF_8).replace("+", "%20");
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=Assure&algorithm=SHA1&digits=" + DIGITS
				+ "&period=" + STEP_SECONDS;
	}

	/**
	 * Bytes in base 32 (RFC 4648), without padding.
	 * @param bytes the bytes
	 * @return the text
	 */
	public static String base32(byte[] bytes) {
		StringBuilder text = new StringBuilder((bytes.length * 8 + 4) / 5);
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				text.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		if (bits > 0) {
			text.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
		}
		return text.toString();
	}

	/**
	 * Base 32 text as bytes; case, spaces and padding ignored.
	 * @param text the text
	 * @return the bytes
	 * @throws IllegalArgumentException for a character outside the alphabet
	 */
	public static byte[] fromBase32(String text) {
		String clean = text.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
		byte[] bytes = new byte[clean.length() * 5 / 8];
		int buffer = 0;
		int bits = 0;
		int at = 0;
		for (int i = 0; i < clean.length(); i++) {
			int value = ALPHABET.indexOf(clean.charAt(i));
			if (value < 0) {
				throw new IllegalArgumentException("'" + clean.charAt(i) + "' is not a base 32 character");
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				bytes[at++] = (byte) (buffer >> (bits - 8));
				bits -= 8;
			}
		}
		return bytes;
	}

}
