package org.assure.casedata.validation.cin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

/**
 * The Unique Pupil Number as the DfE defines it: 13 characters, a check letter, the
 * authority's three-digit number, eight digits (the authority's establishment and serial
 * number), and a digit or, for a temporary UPN, a letter.
 */
final class Upn {

	/** The letters a check character and a temporary UPN's last character may be. */
	static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

	private static final Set<String> AUTHORITIES = authorities();

	private Upn() {
	}

	/**
	 * The check letter characters 2 to 13 call for.
	 * @param upn a UPN of 13 characters whose 2 to 12 are digits and 13 a digit or letter
	 * @return the check letter, or 0 when the UPN has not that shape
	 */
	static char checkLetter(String upn) {
		if (upn.length() != 13 || !digits(upn, 1, 12) || value(upn.charAt(12)) < 0) {
			return 0;
		}
		int sum = 0;
		for (int i = 1; i < 13; i++) {
			sum += value(upn.charAt(i)) * (i + 1);
		}
		return LETTERS.charAt(sum % 23);
	}

	/**
	 * Whether the characters from one index to before another are all digits.
	 * @param text the text
	 * @param from the first index
	 * @param to the index after the last
	 * @return whether they are digits (and the text is long enough)
	 */
	static boolean digits(String text, int from, int to) {
		if (text.length() < to) {
			return false;
		}
		for (int i = from; i < to; i++) {
			if (!Character.isDigit(text.charAt(i)) || text.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	/**
	 * A character's value in the check sum: a digit's own, a letter's place in
	 * {@link #LETTERS}.
	 * @param character the character
	 * @return the value, or -1 when it is neither
	 */
	static int value(char character) {
		if (character >= '0' && character <= '9') {
			return character - '0';
		}
		return LETTERS.indexOf(character);
	}

	/**
	 * Whether characters 2 to 4 are an authority's number the DfE recognises.
	 * @param upn the UPN
	 * @return whether they are
	 */
	static boolean knownAuthority(@Nullable String upn) {
		return upn != null && upn.length() >= 4 && AUTHORITIES.contains(upn.substring(1, 4));
	}

	private static Set<String> authorities() {
		Set<String> codes = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("casedata/la-codes.tsv").getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					codes.add(line.substring(0, line.indexOf('\t')));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the DfE's local authority numbers", ex);
		}
		return Set.copyOf(codes);
	}

}
