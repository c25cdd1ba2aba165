package org.assure.reporting.lint;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Dates in running text: an impossible date ('31st February 2015') and a period that ends
 * before it starts ('1st April 2015 – 31st March 2014'); and reading the date a figure is
 * stated at, for the baseline rule.
 */
final class Dates implements LintRule {

	static final String IMPOSSIBLE = "impossible-date";

	static final String REVERSED = "period-reversed";

	static final String NOT_A_YEAR = "not-a-year";

	static final String OUTSIDE = "date-outside-period";

	private static final Pattern MONTH_WORD = Pattern
		.compile("(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b");

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

	/** 'Annual Report 2014-15', 'Annual Report 2014/15': the year a report covers. */
	private static final Pattern REPORT_YEAR = Pattern
		.compile("(?i)\\breport\\b[^\\d]{0,30}((?:19|20)\\d{2})\\s?[-/–]\\s?(\\d{2}|(?:19|20)\\d{2})(?![\\d/])");

	/**
	 * 'during the year', 'in this period': words that place a date in the report's
	 * period.
	 */
	private static final Pattern THIS_PERIOD = Pattern.compile("(?i)\\b(?:during|in|over|within|throughout)\\s+"
			+ "(?:this|the)\\s+(?:year|period|reporting\\s+(?:period|year))\\b|\\bthis\\s+year\\b");

	/** 'the year 2020-22': a span called a year that is not one. */
	private static final Pattern YEAR_SPAN = Pattern.compile("(?i)\\b(?:the|this|that|financial|reporting)\\s+year\\s+"
			+ "((?:19|20)\\d{2})\\s?[-/–]\\s?(\\d{2}|(?:19|20)\\d{2})(?![\\d/])");

	private static final Pattern PERIOD = Pattern.compile("(?i)(?:between\\s+)?(" + Numbers.DATE.pattern()
			+ ")\\s*(?:-|–|—|to|until|and)\\s*(" + Numbers.DATE.pattern() + ")");

	private static final Pattern MONTH_PERIOD = Pattern.compile("(?i)(?:between\\s+|from\\s+)?(?<!\\d\\s)("
			+ Numbers.MONTHS + ")\\s+((?:19|20)\\d{2})\\s*(?:-|–|—|to|until|and)\\s*(" + Numbers.MONTHS
			+ ")\\s+((?:19|20)\\d{2})(?!\\d)");

	@Override
	public void check(LintDocument document, List<Prose.Sentence> sentences, LintSettings settings,
			List<Finding> findings) {
		outside(document, sentences, findings);
		for (LintLine line : document.lines()) {
			int years = 0;
			Matcher y = YEAR.matcher(line.text());
			while (years < 2 && y.find()) {
				years++;
			}
			if (years == 0) {
				continue;
			}
			Matcher m = Numbers.DATE.matcher(line.text());
			while (m.find()) {
				int day = Integer.parseInt(m.group(1));
				if (Numbers.date(day, m.group(2), Integer.parseInt(m.group(3))) == null) {
					findings.add(new Finding(line.number(), m.group(), IMPOSSIBLE,
							m.group(2) + " " + m.group(3) + " has no day " + day, Severity.error));
				}
			}
			m = PERIOD.matcher((years >= 2) ? line.text() : "");
			while (m.find()) {
				LocalDate start = Numbers.date(Integer.parseInt(m.group(2)), m.group(3), Integer.parseInt(m.group(4)));
				LocalDate end = Numbers.date(Integer.parseInt(m.group(6)), m.group(7), Integer.parseInt(m.group(8)));
				if (start != null && end != null && end.isBefore(start)) {
					findings.add(new Finding(line.number(), m.group().strip(), REVERSED,
							"The period ends (" + end + ") before it starts (" + start + ")", Severity.error));
				}
			}
			m = YEAR_SPAN.matcher(line.text().contains("year") ? line.text() : "");
			while (m.find()) {
				int start = Integer.parseInt(m.group(1));
				int end = (m.group(2).length() == 2) ? (start / 100) * 100 + Integer.parseInt(m.group(2))
						: Integer.parseInt(m.group(2));
				if (end != start + 1) {
					findings.add(new Finding(line.number(), m.group().strip(), NOT_A_YEAR,
							m.group(1) + " to " + end + " is "
									+ ((end <= start) ? "not a period" : (end - start) + " years") + ", not a year",
							Severity.error));
				}
			}
			m = MONTH_PERIOD.matcher((years >= 2) ? line.text() : "");
			while (m.find()) {
				YearMonth start = YearMonth.of(Integer.parseInt(m.group(2)), Numbers.month(m.group(1)));
				YearMonth end = YearMonth.of(Integer.parseInt(m.group(4)), Numbers.month(m.group(3)));
				if (end.isBefore(start)) {
					findings.add(new Finding(line.number(), m.group().strip(), REVERSED,
							"The period ends (" + end + ") before it starts (" + start + ")", Severity.error));
				}
			}
		}
	}

	/**
	 * A date said to fall in the report's period ('during the year', 'in this period')
	 * that does not: the period is the one the report's first lines name ('1st April 2013
	 * – 31st March 2014', 'April 2014 to March 2015', 'Annual Report 2014-15').
	 */
	private static void outside(LintDocument document, List<Prose.Sentence> sentences, List<Finding> findings) {
		LocalDate[] period = null;
		int seen = 0;
		for (LintLine line : document.lines()) {
			if (line.text().isBlank()) {
				continue;
			}
			if (++seen > 10) {
				break;
			}
			// a heading: a short line near the start
			period = (line.text().strip().length() <= 120) ? period(line.text()) : null;
			if (period != null) {
				break;
			}
		}
		if (period == null) {
			return;
		}
		for (Prose.Sentence sentence : sentences) {
			if (!THIS_PERIOD.matcher(sentence.text()).find() || PERIOD.matcher(sentence.text()).find()
					|| MONTH_PERIOD.matcher(sentence.text()).find()) {
				continue;
			}
			Matcher m = Numbers.DATE.matcher(sentence.text());
			while (m.find()) {
				LocalDate date = Numbers.date(Integer.parseInt(m.group(1)), m.group(2), Integer.parseInt(m.group(3)));
				if (date != null && (date.isBefore(period[0]) || date.isAfter(period[1]))) {
					findings
						.add(new Finding(sentence.line(m.start()), m.group(), OUTSIDE,
								m.group() + " is outside the period the report covers (" + period[0] + " to "
										+ period[1] + "), yet the sentence places it in that period",
								Severity.warning));
				}
			}
		}
	}

	private static LocalDate @Nullable [] period(String text) {
		Matcher m = PERIOD.matcher(text);
		if (m.find()) {
			LocalDate start = Numbers.date(Integer.parseInt(m.group(2)), m.group(3), Integer.parseInt(m.group(4)));
			LocalDate end = Numbers.date(Integer.parseInt(m.group(6)), m.group(7), Integer.parseInt(m.group(8)));
			return (start != null && end != null && !end.isBefore(start)) ? new LocalDate[] { start, end } : null;
		}
		m = MONTH_PERIOD.matcher(text);
		if (m.find()) {
			YearMonth start = YearMonth.of(Integer.parseInt(m.group(2)), Numbers.month(m.group(1)));
			YearMonth end = YearMonth.of(Integer.parseInt(m.group(4)), Numbers.month(m.group(3)));
			return end.isBefore(start) ? null : new LocalDate[] { start.atDay(1), end.atEndOfMonth() };
		}
		m = REPORT_YEAR.matcher(text);
		if (m.find()) {
			int start = Integer.parseInt(m.group(1));
			int end = (m.group(2).length() == 2) ? (start / 100) * 100 + Integer.parseInt(m.group(2))
					: Integer.parseInt(m.group(2));
			return (end == start + 1) ? new LocalDate[] { LocalDate.of(start, 4, 1), LocalDate.of(end, 3, 31) } : null;
		}
		return null;
	}

	/**
	 * The latest date a text states, full dates and months (a month stands for its last
	 * day), or null when it states none.
	 */
	static @Nullable LocalDate latest(@Nullable String text) {
		if (text == null) {
			return null;
		}
		LocalDate latest = null;
		Matcher m = Numbers.DATE.matcher(text);
		while (m.find()) {
			LocalDate date = Numbers.date(Integer.parseInt(m.group(1)), m.group(2), Integer.parseInt(m.group(3)));
			latest = later(latest, date);
		}
		String rest = Numbers.DATE.matcher(text).replaceAll(" ");
		m = Numbers.MONTH_YEAR.matcher(rest);
		while (m.find()) {
			latest = later(latest,
					YearMonth.of(Integer.parseInt(m.group(2)), Numbers.month(m.group(1))).atEndOfMonth());
		}
		return latest;
	}

	private static @Nullable LocalDate later(@Nullable LocalDate a, @Nullable LocalDate b) {
		if (a == null) {
			return b;
		}
		return (b != null && b.isAfter(a)) ? b : a;
	}

	/**
	 * A text with its dates, months and financial years blanked out, so that their
	 * numbers are not read as figures.
	 */
	static String blankOut(String text) {
		String out = text;
		boolean months = MONTH_WORD.matcher(text).find();
		boolean years = YEAR.matcher(text).find();
		if (months && years) {
			out = blank(Numbers.DATE, out);
			out = blank(Numbers.MONTH_YEAR, out);
		}
		if (years) {
			out = blank(Numbers.FINANCIAL_YEAR, out);
		}
		if (months) {
			out = blank(Numbers.DAY_MONTH, out);
		}
		if (out.indexOf('/') >= 0) {
			out = Numbers.SHORT_YEAR.matcher(out)
				.replaceAll(
						(r) -> Numbers.shortYear(r.group(1), r.group(2)) ? " ".repeat(r.group().length()) : r.group());
		}
		return out;
	}

	private static String blank(Pattern pattern, String text) {
		return pattern.matcher(text).replaceAll((r) -> " ".repeat(r.group().length()));
	}

}
