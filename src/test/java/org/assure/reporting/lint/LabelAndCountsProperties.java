package org.assure.reporting.lint;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A line of a label and counts ("Referrals 2,211 1,920") is read from its end by hand as
 * the regular expression it replaced read it, and in time in proportion to its length.
 */
class LabelAndCountsProperties {

	/** The reading it replaced: a count at the end of the line, after a space. */
	private static final Pattern TRAILING_COUNT = Pattern.compile("\\s+(\\d{1,3}(?:,\\d{3})+|\\d+)$");

	@Property(tries = 3000)
	void readsALineAsTheRegularExpressionDid(@ForAll("lines") String line) {
		assertThat(LintDocument.labelAndCounts(line)).isEqualTo(asBefore(line));
	}

	@Provide
	Arbitrary<String> lines() {
		return Arbitraries.strings().withChars("a T1 2,3\t9,").ofMaxLength(40);
	}

	@Test
	void aLineOfAMillionDigitsAndSpacesIsReadAtOnce() {
		String line = "Referrals" + " 1".repeat(500_000);
		assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThat(LintDocument.labelAndCounts(line)).isNull());
		assertThat(LintDocument.labelAndCounts("Referrals 2,211 1,920 35")).containsExactly("Referrals", "2,211",
				"1,920", "35");
		assertThat(LintDocument.labelAndCounts("Referrals 2,21 1,920")).isNull();
	}

	private static @Nullable List<String> asBefore(String text) {
		String rest = text.strip();
		List<String> counts = new ArrayList<>();
		Matcher count = TRAILING_COUNT.matcher(rest);
		while (count.find()) {
			counts.add(0, count.group(1));
			rest = rest.substring(0, count.start());
			count = TRAILING_COUNT.matcher(rest);
		}
		if (counts.isEmpty() || counts.size() > 12 || rest.isBlank() || !rest.chars().anyMatch(Character::isLetter)
				|| rest.endsWith(",") || rest.matches(".*\\d")) {
			return null;
		}
		List<String> cells = new ArrayList<>();
		cells.add(rest.strip());
		cells.addAll(counts);
		return cells;
	}

}
