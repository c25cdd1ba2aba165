package org.assure.reporting.lint;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reading numbers, percentages and dates as reports write them.
 */
final class Numbers {

	/** A number: 1,920 or 2267 or 19.6 (not part of a longer word or number). */
	static final String NUMBER = "(?<![\\w.,£$])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?!\\d|[\\w,]\\d)";

	/**
	 * A cell or text that is one number and nothing else (compiled once: cells are many).
	 */
	private static final Pattern WHOLE_NUMBER = Pattern
		.compile("^\\s*" + NUMBER.replace("(?<![\\w.,£$])", "").replace("(?![\\w,]\\d)", "") + "\\s*$");

	static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";

	/** A full date: 31st March 2015, 1 April 2014. */
	static final Pattern DATE = Pattern.compile(
			"(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + ")\\s*,?\\s+((?:19|20)\\d{2})(?!\\d)",
			Pattern.CASE_INSENSITIVE);

	/** A month and year: March 2015. */
	static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\d\\w])(" + MONTHS + ")\\s+((?:19|20)\\d{2})(?!\\d)",
			Pattern.CASE_INSENSITIVE);

	/** A financial year: 2014-15, 2014/15, 2014/2015, 2014-2015. */
	static final Pattern FINANCIAL_YEAR = Pattern
		.compile("(?<![\\d/-])((?:19|20)\\d{2})\\s?[-/–]\\s?(\\d{2}|(?:19|20)\\d{2})(?![\\d/-])");

	/** A day and month without a year: 31 March, 1st April. */
	static final Pattern DAY_MONTH = Pattern.compile("(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + ")\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * A financial year in two-digit years: 17/18, 18/19 (the second a year after the
	 * first).
	 */
	static final Pattern SHORT_YEAR = Pattern.compile("(?<![\\d/.,])(\\d{2})/(\\d{2})(?![\\d/])");

	/** 'per cent', 'percent' or 'pc' after a number. */
	private static final Pattern PER_CENT = Pattern.compile("(?i)(\\d)\\s?(?:per\\s?cent|pc)\\b");

	/** A number glued to the word after it by PDF extraction: '304people'. */
	private static final Pattern GLUED = Pattern.compile("(\\d)([a-z]{3,})");

	private static final Pattern YEAR_WORD = Pattern
		.compile("(?i)\\b(?:in|since|by|from|to|until|during|before|after|of|year|between|and)\\s*$");

	private static final Map<String, Month> MONTH_NAMES = Map.ofEntries(Map.entry("january", Month.JANUARY),
			Map.entry("february", Month.FEBRUARY), Map.entry("march", Month.MARCH), Map.entry("april", Month.APRIL),
			Map.entry("may", Month.MAY), Map.entry("june", Month.JUNE), Map.entry("july", Month.JULY),
			Map.entry("august", Month.AUGUST), Map.entry("september", Month.SEPTEMBER),
			Map.entry("october", Month.OCTOBER), Map.entry("november", Month.NOVEMBER),
			Map.entry("december", Month.DECEMBER));

	private Numbers() {
	}

	/**
	 * Running text as the rules read it: 'per cent', 'percent' and 'pc' after a number
	 * written '%', and a number glued to the word after it ('304people', as PDF
	 * extraction leaves it) parted by a space.
	 * @param text a line of text
	 * @return the line normalised
	 */
	static String normalise(String text) {
		String out = PER_CENT.matcher(text).replaceAll("$1%");
		return GLUED.matcher(out).replaceAll("$1 $2");
	}

	/**
	 * Whether two-digit years name a financial year (the second the year after the
	 * first).
	 * @param first the first two digits
	 * @param second the second two digits
	 * @return true for 17/18, false for 17/19 or 12/03
	 */
	static boolean shortYear(String first, String second) {
		return Integer.parseInt(second) == (Integer.parseInt(first) + 1) % 100;
	}

	/**
	 * A number as written, without its thousands separators.
	 * @param whole the whole part, perhaps with commas
	 * @param fraction the fraction with its point, or null
	 * @return the value
	 */
	static BigDecimal value(String whole, @Nullable String fraction) {
		return new BigDecimal(whole.replace(",", "") + ((fraction != null) ? fraction : ""));
	}

	/**
	 * A number as written.
	 * @param text such as 1,920 or 19.6
	 * @return the value, or null when it is not a plain number
	 */
	static @Nullable BigDecimal parse(String text) {
		Matcher m = WHOLE_NUMBER.matcher(text);
		return m.matches() ? value(m.group(1), m.group(2)) : null;
	}

	/**
	 * The number a rate is per, as written: '10,000', '10k', '1000'.
	 * @param written the number after 'per'
	 * @return its value
	 */
	static BigDecimal per(String written) {
		return new BigDecimal(written.toLowerCase(Locale.ROOT).replace(",", "").replace("k", "000"));
	}

	/**
	 * Half a unit of a stated number's last decimal place, times the tolerance in units.
	 * @param stated the number as stated
	 * @param units the tolerance in units of the last place (0.5 for half a unit)
	 * @return the tolerance
	 */
	static double tolerance(BigDecimal stated, double units) {
		return units * Math.pow(10, -Math.max(0, stated.scale())) + 1e-9;
	}

	/**
	 * A number shown to one decimal place more than needed to see the difference.
	 * @param value the value
	 * @return the value in words
	 */
	static String show(double value) {
		String text = String.format(Locale.ROOT, "%.2f", value);
		text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
		return text;
	}

	/**
	 * A month's number from its name.
	 * @param name the name, any case
	 * @return the month
	 */
	static Month month(String name) {
		return MONTH_NAMES.get(name.toLowerCase(Locale.ROOT));
	}

	/**
	 * A full date, if it exists.
	 * @param day the day of the month
	 * @param month the month's name
	 * @param year the year
	 * @return the date, or null when there is no such day
	 */
	static @Nullable LocalDate date(int day, String month, int year) {
		YearMonth yearMonth = YearMonth.of(year, month(month));
		return (day >= 1 && day <= yearMonth.lengthOfMonth()) ? yearMonth.atDay(day) : null;
	}

	/**
	 * Whether a number that looks like a year (1900 to 2099, no comma) is one: it is,
	 * after 'in', 'since', 'by', 'from', 'to', 'until', 'during', 'before', 'after',
	 * 'of', 'year', 'between' or 'and', or at the start of the text; otherwise it is a
	 * count ('At 31 March 2016, 1902 children').
	 * @param text the text
	 * @param start where the number starts
	 * @param digits the number as written
	 * @return true for a year
	 */
	static boolean yearLike(String text, int start, String digits) {
		if (!digits.matches("(19|20)\\d{2}")) {
			return false;
		}
		String before = text.substring(0, start);
		String after = text.substring(Math.min(text.length(), start + digits.length()));
		return before.isBlank() || YEAR_WORD.matcher(before).find() || after.matches("(?s)\\s*\\).*");
	}

	/**
	 * Whether a number is a year with a footnote marker glued to it (19831 for 1983 and
	 * note 1): such a token is never read as a figure.
	 * @param token the digits
	 * @return true for a year and a marker
	 */
	static boolean gluedFootnote(String token) {
		return token.matches("(19|20)\\d{2}\\d{1,2}") && !token.contains(",");
	}

}
