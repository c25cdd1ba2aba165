package org.assure.reporting.lint;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A number written in words with its digits beside it must be the same number: 'Two
 * hundred and seventy six (267)' is 276 in words and 267 in digits. Words are read up to
 * the millions, with 'and' and hyphens ('one thousand, two hundred and forty-one').
 */
final class NumberWords implements LintRule {

	static final String CODE = "words-and-digits";

	private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
			Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
			Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
			Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
			Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
			Map.entry("nineteen", 19));

	private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
			"sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

	private static final String WORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
			+ "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
			+ "seventy|eighty|ninety|hundred|thousand|million)";

	/** Words of a number, then its digits in brackets. */
	private static final Pattern WORDS_THEN_DIGITS = Pattern.compile("(?i)(?<![\\w-])(" + WORD + "(?:(?:[\\s-]+|,\\s*|"
			+ "\\s+and\\s+)" + WORD + ")*)\\s*\\(\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*\\)");

	@Override
	public void check(LintDocument document, List<Prose.Sentence> sentences, LintSettings settings,
			List<Finding> findings) {
		for (Prose.Sentence sentence : sentences) {
			if (sentence.text().indexOf('(') < 0) {
				continue;
			}
			Matcher m = WORDS_THEN_DIGITS.matcher(sentence.text());
			while (m.find()) {
				Long words = value(m.group(1));
				long digits = Long.parseLong(m.group(2).replace(",", ""));
				if (words != null && words != digits) {
					findings.add(new Finding(sentence.line(m.start()), sentence.excerpt(m.start(), m.end()), CODE,
							"'" + m.group(1).strip() + "' is " + words + " in words, but " + m.group(2) + " in digits",
							Severity.error));
				}
			}
		}
	}

	/**
	 * The value of a number in words.
	 * @param words the words, such as 'two hundred and seventy-six'
	 * @return the value, or null when the words are not one well-formed number
	 */
	static @Nullable Long value(String words) {
		String[] tokens = words.toLowerCase(Locale.ROOT).split("[\\s,-]+");
		long total = 0;
		long group = 0;
		long lastScale = Long.MAX_VALUE;
		boolean any = false;
		for (String token : tokens) {
			if (token.isEmpty() || token.equals("and")) {
				continue;
			}
			Integer unit = UNITS.get(token);
			Integer ten = TENS.get(token);
			if (unit != null) {
				if (group % 10 != 0 || (group % 100 != 0 && unit >= 10)) {
					return null;
				}
				group += unit;
			}
			else if (ten != null) {
				if (group % 100 != 0) {
					return null;
				}
				group += ten;
			}
			else if (token.equals("hundred")) {
				if (group == 0 || group >= 100) {
					return null;
				}
				group *= 100;
			}
			else {
				long scale = token.equals("thousand") ? 1_000 : 1_000_000;
				if (group == 0 || scale >= lastScale) {
					return null;
				}
				total += group * scale;
				group = 0;
				lastScale = scale;
			}
			any = true;
		}
		return any ? total + group : null;
	}

}
