package org.assure.reporting.lint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Parts that do not add up to the total they follow (2211 children receiving a service:
 * 1141 male, 1015 female and 55 unborn), and the same quantity given two different values
 * in one document: the same count followed by the same three words for the same period
 * (4,809 referrals were received in 2014-15 here, 4,890 referrals were received in
 * 2014-15 there).
 */
final class PartsAndValues implements LintRule {

	static final String PARTS = "parts-total";

	static final String TWO_VALUES = "two-values";

	/**
	 * A list of two or more counts that ends the sentence: 1141 male, 1015 female and 55
	 * unborn.
	 */
	private static final Pattern LIST = Pattern
		.compile("[,:]\\s+((?:(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\s+[A-Za-z][\\w/'-]*){1,3},\\s+)+"
				+ "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\s+[A-Za-z][\\w/'-]*){1,3}\\s+and\\s+(?:\\d{1,3}(?:,\\d{3})+|\\d+)"
				+ "(?:\\s+[A-Za-z][\\w/'-]*){1,3}|(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\s+[A-Za-z][\\w/'-]*){1,3}\\s+and\\s+"
				+ "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\s+[A-Za-z][\\w/'-]*){1,3})\\s*[.]?\\s*$");

	private static final Pattern PART = Pattern.compile("(?<![\\w.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d.%]|,\\d)");

	/** A count and the three words after it. */
	private static final Pattern QUANTITY = Pattern
		.compile("(?<![\\w.,£$])(\\d{1,3}(?:,\\d{3})+|\\d+)(?!\\.\\d|[\\d%]|,\\d)((?:\\s+[A-Za-z][A-Za-z'-]*){3})");

	@Override
	public void check(LintDocument document, List<Prose.Sentence> sentences, LintSettings settings,
			List<Finding> findings) {
		Map<String, Seen> seen = new HashMap<>();
		for (Prose.Sentence sentence : sentences) {
			parts(sentence, findings);
			values(sentence, seen, findings);
		}
	}

	private static void parts(Prose.Sentence sentence, List<Finding> findings) {
		String text = Dates.blankOut(sentence.text());
		Matcher list = LIST.matcher(text);
		if (!list.find()) {
			return;
		}
		String before = text.substring(0, list.start());
		List<BigDecimal> totals = new ArrayList<>();
		Matcher m = PART.matcher(before);
		while (m.find()) {
			if (!Numbers.gluedFootnote(m.group(1))) {
				totals.add(Numbers.value(m.group(1), null));
			}
		}
		if (totals.size() != 1) {
			return;
		}
		BigDecimal total = totals.get(0);
		BigDecimal sum = BigDecimal.ZERO;
		int count = 0;
		m = PART.matcher(list.group(1));
		while (m.find()) {
			sum = sum.add(Numbers.value(m.group(1), null));
			count++;
		}
		if (count >= 2 && sum.compareTo(total) != 0 && sum.compareTo(total.multiply(BigDecimal.valueOf(2))) < 0) {
			findings.add(new Finding(sentence.line(list.start()), sentence.excerpt(0, sentence.text().length()), PARTS,
					"The parts " + list.group(1).strip() + " sum to " + sum.toPlainString() + ", not the "
							+ total.toPlainString() + " they follow",
					Severity.error));
		}
	}

	private record Seen(BigDecimal value, int line) {
	}

	private static void values(Prose.Sentence sentence, Map<String, Seen> seen, List<Finding> findings) {
		String period = period(sentence.text());
		if (period == null) {
			return;
		}
		String text = Dates.blankOut(sentence.text());
		Matcher m = QUANTITY.matcher(text);
		while (m.find()) {
			if (Numbers.gluedFootnote(m.group(1))) {
				continue;
			}
			String words = m.group(2).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
			if (words.matches("(?:days?|weeks?|months?|years?|hours?|minutes?|per|percent|pages?)\\b.*")) {
				continue;
			}
			BigDecimal value = Numbers.value(m.group(1), null);
			String key = words + " | " + period;
			Seen before = seen.get(key);
			if (before == null) {
				seen.put(key, new Seen(value, sentence.line(m.start())));
			}
			else if (before.value().compareTo(value) != 0) {
				findings.add(
						new Finding(sentence.line(m.start()), sentence.excerpt(m.start(), m.end()), TWO_VALUES,
								"\"" + words + "\" for " + period + " is " + value.toPlainString() + " here but "
										+ before.value().toPlainString() + " at line " + before.line(),
								Severity.warning));
			}
		}
	}

	/**
	 * The one period a sentence is about, normalised, or null when it names none or
	 * several.
	 */
	static @Nullable String period(String text) {
		List<String> periods = new ArrayList<>();
		Matcher m = Numbers.DATE.matcher(text);
		while (m.find()) {
			var date = Numbers.date(Integer.parseInt(m.group(1)), m.group(2), Integer.parseInt(m.group(3)));
			if (date != null) {
				periods.add(date.toString());
			}
		}
		m = Numbers.FINANCIAL_YEAR.matcher(text);
		while (m.find()) {
			int start = Integer.parseInt(m.group(1));
			String end = m.group(2);
			int endYear = (end.length() == 2) ? (start / 100) * 100 + Integer.parseInt(end) : Integer.parseInt(end);
			if (endYear == start + 1) {
				periods.add(start + "-" + String.valueOf(endYear).substring(2));
			}
		}
		return (periods.stream().distinct().count() == 1) ? periods.get(0) : null;
	}

}
