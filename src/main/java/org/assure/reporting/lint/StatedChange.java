package org.assure.reporting.lint;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A stated change that does not match its two figures ('an increase of 18% from 1,920' to
 * 2,267 is right; 'a 200% increase' from 6 to 18 is right), and a comparison whose
 * baseline is dated after the figure it is compared with ('427 at the end of March 2014
 * ... an increase of 31% from 326 at 31 March 2015'). The new figure is the one the
 * change names ('from A to B'), or the only figure of the sentence before ('At 31 March
 * 2015, 2267 children ... This is an increase of 18% from 1,920'), or the first of a 'B
 * ... compared to A ..., which is a P% increase' pair; with any doubt about which figure
 * is meant, the rule keeps quiet.
 */
final class StatedChange implements LintRule {

	static final String CODE = "stated-change";

	static final String BASELINE = "baseline-after-figure";

	private static final String UP = "increase|rise|growth|increased|rose|grew|up";

	private static final String DOWN = "decrease|reduction|fall|drop|decline|decreased|reduced|fell|dropped|down";

	/**
	 * 'an increase of 18% from 1,920'; what follows (a date, 'to 2,267') is read apart.
	 */
	private static final Pattern OF_FROM = Pattern.compile("(?i)\\b(" + UP + "|" + DOWN
			+ ")\\s+(?:of\\s+|by\\s+)?(\\d+(?:\\.\\d+)?)\\s*(?:%|per\\s*cent)\\s+(?:from|on)\\s+"
			+ "(\\d{1,3}(?:,\\d{3})+|\\d+)(?!\\.\\d|[\\d%]|,\\d)");

	/** 'to 2,267' in what follows the baseline. */
	private static final Pattern TO = Pattern.compile("(?i)\\bto\\s+(\\d{1,3}(?:,\\d{3})+|\\d+)(?!\\.\\d|[\\d%]|,\\d)"
			+ "(?!(?:st|nd|rd|th)?\\s+(?:" + Numbers.MONTHS + "))");

	/** 'B ... compared (to|with) A ..., which is a P% increase'. */
	private static final Pattern COMPARED = Pattern
		.compile("(?i)(?<![\\w.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?!\\.\\d|[\\d%]|,\\d)"
				+ "((?:\\s+[A-Za-z][\\w'/-]*){1,3})[^.;]*?\\bcompared\\s+(?:to|with)\\s+(\\d{1,3}(?:,\\d{3})+|\\d+)(?!\\.\\d|[\\d%]|,\\d)"
				+ "[^.;]*?\\b(?:a|an)\\s+(\\d+(?:\\.\\d+)?)\\s*%\\s+(" + UP + "|" + DOWN + ")\\b");

	/** A figure: a number that is not a percentage, a year or part of a date. */
	private static final Pattern FIGURE = Pattern.compile(Numbers.NUMBER + "(?!\\s*%)(?!\\s*(?:st|nd|rd|th)\\b)");

	@Override
	public void check(LintDocument document, List<Prose.Sentence> sentences, LintSettings settings,
			List<Finding> findings) {
		for (Prose.Sentence sentence : sentences) {
			Matcher m = OF_FROM.matcher(sentence.text());
			while (m.find()) {
				boolean up = m.group(1).toLowerCase(Locale.ROOT).matches(UP);
				BigDecimal percent = new BigDecimal(m.group(2));
				BigDecimal from = Numbers.value(m.group(3), null);
				String tail = sentence.text().substring(m.end());
				int clause = clauseEnd(tail);
				tail = tail.substring(0, clause);
				Matcher toMatcher = TO.matcher(tail);
				BigDecimal to = null;
				String baselineText = tail;
				LocalDate figureDate = null;
				if (toMatcher.find()) {
					to = Numbers.value(toMatcher.group(1), null);
					baselineText = tail.substring(0, toMatcher.start());
					figureDate = Dates.latest(tail.substring(toMatcher.end()));
				}
				else if (sentence.previous() != null) {
					to = onlyFigure(sentence.previous().text());
					figureDate = Dates.latest(sentence.previous().text());
				}
				if (to == null || Numbers.gluedFootnote(m.group(3))) {
					continue;
				}
				int end = m.end() + clause;
				compare(sentence, m.start(), end, up, percent, from, to, settings, findings);
				LocalDate baselineDate = Dates.latest(baselineText);
				if (figureDate != null && baselineDate != null && baselineDate.isAfter(figureDate)) {
					findings.add(new Finding(sentence.line(m.start()), sentence.excerpt(m.start(), end), BASELINE,
							"The baseline " + from.toPlainString() + " is dated " + baselineDate + ", after the figure "
									+ to.toPlainString() + " it is compared with (dated " + figureDate
									+ "): one of the dates is wrong",
							Severity.warning));
				}
			}
			m = COMPARED.matcher(sentence.text());
			while (m.find()) {
				boolean up = m.group(5).toLowerCase(Locale.ROOT).matches(UP);
				compare(sentence, m.start(), m.end(), up, new BigDecimal(m.group(4)), Numbers.value(m.group(3), null),
						Numbers.value(m.group(1), null), settings, findings);
			}
		}
	}

	private static int clauseEnd(String tail) {
		for (int i = 0; i < tail.length(); i++) {
			char c = tail.charAt(i);
			if (c == ';' || (c == '.' && (i + 1 == tail.length() || !Character.isDigit(tail.charAt(i + 1))))) {
				return i;
			}
		}
		return tail.length();
	}

	private static void compare(Prose.Sentence sentence, int start, int end, boolean up, BigDecimal percent,
			BigDecimal from, BigDecimal to, LintSettings settings, List<Finding> findings) {
		if (from.signum() == 0) {
			return;
		}
		double actual = (to.doubleValue() - from.doubleValue()) * 100 / from.doubleValue();
		double stated = up ? percent.doubleValue() : -percent.doubleValue();
		boolean wrongWay = (actual > 0 && !up) || (actual < 0 && up);
		if (wrongWay || Math.abs(actual - stated) > Numbers.tolerance(percent, settings.toleranceUnits())) {
			findings.add(new Finding(sentence.line(start), sentence.excerpt(start, end), CODE,
					"From " + from.toPlainString() + " to " + to.toPlainString() + " is "
							+ ((actual >= 0) ? "an increase" : "a decrease") + " of " + Numbers.show(Math.abs(actual))
							+ "%, not " + (up ? "an increase" : "a decrease") + " of " + percent.toPlainString() + "%",
					Severity.error));
		}
	}

	/**
	 * The only figure of a sentence (numbers that are not percentages, dates, years or
	 * footnote markers glued to years).
	 */
	static @Nullable BigDecimal onlyFigure(String text) {
		String withoutDates = Dates.blankOut(text);
		List<BigDecimal> figures = new ArrayList<>();
		Matcher m = FIGURE.matcher(withoutDates);
		while (m.find()) {
			if (Numbers.gluedFootnote(m.group(1)) || m.group(1).matches("(19|20)\\d{2}")) {
				continue;
			}
			figures.add(Numbers.value(m.group(1), m.group(2)));
		}
		return (figures.size() == 1) ? figures.get(0) : null;
	}

}
