package org.assure.reporting.lint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Rates that must agree with the count and the population or time they are worked from:
 * <ul>
 * <li>'1,967 referrals ..., a rate of 329.5 per 10,000 of the 59,700 children aged 0-17'
 * is 1,967 / 59,700 × 10,000 = 329.5 (the population stated in the sentence or the one
 * before);</li>
 * <li>'more than 900,000 calls in the 12 months ..., an average of around 2,500 calls per
 * day' is 900,000 / 365 = 2,466 a day, read with its words: 'around' allows a tenth
 * either way, 'over' and 'more than' ask for the average to be above the figure, 'nearly'
 * and 'under' below it, and a count of 'more than' N gives an average of at least
 * N's.</li>
 * </ul>
 * A population that ends in 00 may be rounded, and is read as the hundred it stands for.
 */
final class Rates implements LintRule {

	static final String CODE = "rate";

	private static final String AMOUNT = "(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?";

	/** 'a rate of 329.5 per 10,000', '34.1 per 10k'. */
	static final Pattern PER = Pattern.compile("(?i)(?<![\\w.,])" + AMOUNT
			+ "\\s+(?:children\\s+|referrals\\s+|deaths\\s+)?(?:per|in\\s+every|for\\s+every)\\s+"
			+ "(10,000|10000|10k|100,000|100000|1,000|1000)\\b");

	/**
	 * 'a population of 59,700', '59,700 children aged 0-17', 'child population of
	 * 59,700'.
	 */
	private static final Pattern POPULATION = Pattern
		.compile("(?i)(?:population\\s+(?:of\\s+|was\\s+|is\\s+)?(?:about\\s+|around\\s+|approximately\\s+)?"
				+ "(\\d{1,3}(?:,\\d{3})+|\\d{4,})|(\\d{1,3}(?:,\\d{3})+|\\d{4,})\\s+(?:children|young\\s+people|"
				+ "residents|under[- ]18s?)\\s+(?:aged|under|living|in\\s+the\\s+(?:city|county|borough|area)))");

	/** 'an average of around 2,500 calls per day'. */
	private static final Pattern AVERAGE = Pattern
		.compile("(?i)\\b(?:an\\s+average\\s+of|averaging|on\\s+average|average\\s+of)"
				+ "\\s+(about|around|approximately|roughly|some|over|more\\s+than|nearly|almost|under|less\\s+than|just\\s+over|"
				+ "just\\s+under)?\\s*" + AMOUNT
				+ "(?:\\s+[A-Za-z-]+){0,2}?\\s+(?:a|an|per|each)\\s+(day|week|month|hour)\\b");

	/** A further average in the same words: '... or around 2,500 calls per day'. */
	private static final Pattern MORE = Pattern
		.compile("(?i)\\b(?:or|and)\\s+(about|around|approximately|roughly|some|over|more\\s+than|nearly|almost|under|"
				+ "less\\s+than)?\\s*" + AMOUNT
				+ "(?:\\s+[A-Za-z-]+){0,2}?\\s+(?:a|an|per|each)\\s+(day|week|month|hour)\\b");

	/** A year's count: '900,000 calls', 'more than 900,000 calls'. */
	private static final Pattern YEARS_COUNT = Pattern
		.compile("(?i)\\b(more\\s+than|over|nearly|almost|about|around)?\\s*"
				+ "(?<![\\w.,£$])(\\d{1,3}(?:,\\d{3})+|\\d{3,})(?![\\d%]|[.,]\\d)\\s+[A-Za-z]");

	/** A period of one year. */
	private static final Pattern ONE_YEAR = Pattern.compile("(?i)\\b(?:12\\s+months|twelve\\s+months|a\\s+year|"
			+ "the\\s+year|each\\s+year|every\\s+year|per\\s+year|per\\s+annum|annually|(?:19|20)\\d{2}\\s?[-/–]\\s?\\d{2})\\b");

	@Override
	public void check(LintDocument document, List<Prose.Sentence> sentences, LintSettings settings,
			List<Finding> findings) {
		for (Prose.Sentence sentence : sentences) {
			String lower = sentence.text().toLowerCase(Locale.ROOT);
			if (lower.contains("per ") || lower.contains("every ")) {
				perPopulation(sentence, settings, findings);
			}
			if (lower.contains("average")) {
				averages(sentence, findings);
			}
		}
	}

	private static void perPopulation(Prose.Sentence sentence, LintSettings settings, List<Finding> findings) {
		String text = sentence.blank();
		Matcher m = PER.matcher(text);
		if (!m.find()) {
			return;
		}
		BigDecimal rate = Numbers.value(m.group(1), m.group(2));
		BigDecimal per = Numbers.per(m.group(3));
		int start = m.start();
		int end = m.end();
		if (m.find()) {
			return;
		}
		BigDecimal population = population(text);
		String where = text;
		if (population == null && sentence.previous() != null) {
			population = population(sentence.previous().blank());
		}
		if (population == null || population.signum() <= 0) {
			return;
		}
		List<BigDecimal> counts = new ArrayList<>();
		String rest = POPULATION.matcher(where).replaceAll(" ");
		rest = PER.matcher(rest).replaceAll(" ");
		Matcher count = Pattern.compile(Numbers.NUMBER + "(?!\\s*%)").matcher(rest);
		while (count.find()) {
			if (count.group(2) == null && !Numbers.gluedFootnote(count.group(1))) {
				counts.add(Numbers.value(count.group(1), null));
			}
		}
		if (counts.size() != 1) {
			return;
		}
		BigDecimal n = counts.get(0);
		double low = n.doubleValue() / (population.doubleValue() + rounding(population)) * per.doubleValue();
		double high = n.doubleValue() / Math.max(1, population.doubleValue() - rounding(population))
				* per.doubleValue();
		double tolerance = Numbers.tolerance(rate, settings.toleranceUnits());
		if (rate.doubleValue() < low - tolerance || rate.doubleValue() > high + tolerance) {
			double computed = n.doubleValue() / population.doubleValue() * per.doubleValue();
			findings.add(
					new Finding(sentence.line(start), sentence.excerpt(start, end), CODE,
							n.toPlainString() + " / " + population.toPlainString() + " × " + per.toPlainString()
									+ " is " + Numbers.show(computed) + ", not " + rate.toPlainString(),
							Severity.error));
		}
	}

	private static double rounding(BigDecimal population) {
		return population.toPlainString().endsWith("00") ? 50 : 0;
	}

	private static @Nullable BigDecimal population(String text) {
		Matcher p = POPULATION.matcher(text);
		BigDecimal found = null;
		while (p.find()) {
			BigDecimal value = Numbers.value((p.group(1) != null) ? p.group(1) : p.group(2), null);
			if (found != null && found.compareTo(value) != 0) {
				return null;
			}
			found = value;
		}
		return found;
	}

	private static void averages(Prose.Sentence sentence, List<Finding> findings) {
		String text = sentence.text();
		Matcher m = AVERAGE.matcher(text);
		if (!m.find() || !ONE_YEAR.matcher(Dates.blankOut(text.substring(0, m.start()))).find()
				&& !ONE_YEAR.matcher(text.substring(0, m.start())).find()) {
			return;
		}
		Matcher count = YEARS_COUNT.matcher(text.substring(0, m.start()));
		BigDecimal total = null;
		String qualifier = null;
		while (count.find()) {
			BigDecimal value = Numbers.value(count.group(2), null);
			if (year(count.group(2)) || (total != null && total.compareTo(value) != 0)) {
				if (!year(count.group(2))) {
					return;
				}
				continue;
			}
			total = value;
			qualifier = count.group(1);
		}
		if (total == null) {
			return;
		}
		boolean atLeast = qualifier != null && qualifier.toLowerCase(Locale.ROOT).matches("more\\s+than|over");
		check(sentence, m.start(), m.end(), m.group(1), Numbers.value(m.group(2), m.group(3)), m.group(4), total,
				atLeast, findings);
		Matcher more = MORE.matcher(text.substring(m.end()));
		if (more.lookingAt() || more.find() && more.start() < 3) {
			check(sentence, m.end() + more.start(), m.end() + more.end(), more.group(1),
					Numbers.value(more.group(2), more.group(3)), more.group(4), total, atLeast, findings);
		}
	}

	private static void check(Prose.Sentence sentence, int start, int end, @Nullable String word, BigDecimal stated,
			String unit, BigDecimal total, boolean atLeast, List<Finding> findings) {
		double perYear = switch (unit.toLowerCase(Locale.ROOT)) {
			case "hour" -> 8760;
			case "day" -> 365;
			case "week" -> 52;
			default -> 12;
		};
		double expected = total.doubleValue() / perYear;
		double value = stated.doubleValue();
		String qualifier = (word != null) ? word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") : "";
		boolean wrong;
		if (qualifier.matches("over|more than|just over")) {
			// the average is above the figure; with 'more than N' in the year, at least
			// N's average
			wrong = !atLeast && expected < value;
		}
		else if (qualifier.matches("nearly|almost|under|less than|just under")) {
			wrong = expected > value * 1.1;
		}
		else {
			wrong = value < expected * 0.9 || (!atLeast && value > expected * 1.1);
		}
		if (wrong) {
			findings.add(new Finding(sentence.line(start), sentence.excerpt(start, end), CODE,
					(atLeast ? "More than " : "") + total.toPlainString() + " in a year is "
							+ (atLeast ? "at least " : "") + Numbers.show(expected) + " a "
							+ unit.toLowerCase(Locale.ROOT) + ", not " + (qualifier.isEmpty() ? "" : qualifier + " ")
							+ stated.toPlainString(),
					Severity.error));
		}
	}

	private static boolean year(String digits) {
		return digits.matches("(19|20)\\d{2}");
	}

}
