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
	 * 'an increase of 18% from 1,920', 'up 18% on last year's 1,920'; what follows (a
	 * date, 'to 2,267') is read apart.
	 */
	private static final Pattern OF_FROM = Pattern.compile("(?i)\\b(" + UP + "|" + DOWN
			+ ")\\s+(?:of\\s+|by\\s+)?(\\d+(?:\\.\\d+)?)\\s*(?:%|per\\s*cent)\\s+(?:from|on)\\s+"
			+ "(?:the\\s+(?:[\\w'’-]+\\s+){0,3}?(?:figure|total|number|level|count)\\s+of\\s+"
			+ "|(?:last\\s+year|the\\s+previous\\s+year|the\\s+year\\s+before)['’]s\\s+(?:(?:figure|total)\\s+of\\s+)?)?"
			+ "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?![\\d%]|,\\d|\\.\\d)");

	/** 'to 2,267' in what follows the baseline. */
	private static final Pattern TO = Pattern
		.compile("(?i)\\bto\\s+(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?![\\d%]|,\\d|\\.\\d)"
				+ "(?!(?:st|nd|rd|th)?\\s+(?:" + Numbers.MONTHS + "))");

	/**
	 * 'B ... compared (to|with) A ..., which is a P% increase' (or 'an increase of P%').
	 * The first 'compared to A' after B is the one meant (an atomic group: the pattern
	 * does not go back to try a later one, which took time in proportion to the cube of a
	 * long sentence's length).
	 */
	private static final Pattern COMPARED = Pattern
		.compile("(?i)(?<![\\w.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?!\\.\\d|[\\d%]|,\\d)"
				+ "((?:\\s+[A-Za-z][\\w'/-]*+){1,3})(?>[^.;]*?\\bcompared\\s+(?:to|with)\\s+(\\d{1,3}(?:,\\d{3})+|\\d+)"
				+ "(?!\\.\\d|[\\d%]|,\\d|\\s*[-/–]\\s*\\d)(?!(?:st|nd|rd|th)?\\s+(?:" + Numbers.MONTHS + ")))"
				+ "[^.;]*?\\b(?:a|an)\\s+(?:(\\d+(?:\\.\\d+)?)\\s*%\\s+(" + UP + "|" + DOWN + ")\\b|(" + UP + "|" + DOWN
				+ ")\\s+of\\s+(\\d+(?:\\.\\d+)?)\\s*%)");

	/** What {@link #COMPARED} needs, found first in one pass. */
	private static final Pattern COMPARED_TO = Pattern.compile("(?i)\\bcompared\\s+(?:to|with)\\s+\\d");

	private static final String AMOUNT = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?![\\d%]|,\\d|\\.\\d|\\s*%)";

	/** 'from A (in 2018/19) to B'. */
	private static final Pattern FROM_TO = Pattern.compile("(?i)(?<![\\w.])from\\s+(?:the\\s+)?" + AMOUNT
			+ "(?:\\s+(?:in|at|on|during|for|by)\\s+[^,;.%\\d]{0,60}?)?\\s+to\\s+" + AMOUNT);

	/** 'increased from A (in 2017/18) to B'. */
	private static final Pattern MOVED_FROM_TO = Pattern.compile("(?i)\\b(increased|rose|risen|grew|grown|rising|"
			+ "decreased|fell|fallen|falling|dropped|reduced|declined)\\s+(?:\\w+\\s+){0,2}?from\\s+(?:the\\s+)?"
			+ AMOUNT + "(?:\\s+(?:in|at|on|during|for|by)\\s+[^,;.%\\d]{0,60}?)?\\s+to\\s+" + AMOUNT);

	/** '723 episodes, this is a decrease from 510': a change from the figure before. */
	private static final Pattern CHANGE_FROM = Pattern
		.compile("(?i)\\b(?:a|an)\\s+(?:\\w+\\s+)?(increase|rise|decrease|"
				+ "reduction|fall|drop|decline)\\s+(?:from|on)\\s+(?:the\\s+)?" + AMOUNT + "(?!\\s+(?:to|in\\s+\\d))");

	/** 'A ..., which has fallen to B'. */
	private static final Pattern MOVED_TO = Pattern.compile(
			"(?i),?\\s+which\\s+(?:has|have|had)\\s+(increased|risen|grown|decreased|fallen|dropped|reduced|declined)\\s+to\\s+"
					+ AMOUNT);

	/** A change: 'a 32% increase', 'a decrease of 5.7%', 'up 34.3%'. */
	private static final Pattern CHANGE = Pattern
		.compile("(?i)(?<![\\w.])(\\d+(?:\\.\\d+)?)\\s*%\\s+(" + UP + "|" + DOWN + ")\\b|\\b(" + UP + "|" + DOWN
				+ ")\\s+(?:of|by)\\s+(\\d+(?:\\.\\d+)?)\\s*%" + "|\\b(up|down)\\s+(\\d+(?:\\.\\d+)?)\\s*%");

	/** 'In Quarter 2, ...', 'In Q3, ...': the quarter a sentence is about. */
	private static final Pattern CURRENT_QUARTER = Pattern
		.compile("(?i)(?:in|during)\\s+(?:quarter\\s*|q\\s*)([1-4])\\b");

	/** 'an increase ... 828 received in Q2 compared to 888 received in Q1'. */
	private static final Pattern QUARTERS_COMPARED = Pattern.compile("(?i)\\b(" + UP + "|" + DOWN + ")\\b[^.;]*?"
			+ "(?<![\\w.,])((\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d%]|[.,]\\d))(?:\\s+[\\w/-]+){0,3}?\\s+(?:in|during)\\s+"
			+ "(?:quarter\\s*|q\\s*)([1-4])\\b[^.;]{0,20}?\\bcompared\\s+(?:to|with)\\s+((\\d{1,3}(?:,\\d{3})+|\\d+)"
			+ "(?![\\d%]|[.,]\\d))(?:\\s+[\\w/-]+){0,3}?\\s+(?:in|during)\\s+(?:quarter\\s*|q\\s*)([1-4])\\b");

	/** '640,430 referrals in 2022-23, down 1.5% (9,840)'. */
	private static final Pattern VALUE_AND_CHANGE = Pattern.compile("(?i)(?<![\\w.,£$])(\\d{1,3}(?:,\\d{3})+|\\d{3,})"
			+ "(?![\\d%]|[.,]\\d)[^()%\\d]{0,80}?,\\s+(up|down)\\s+(\\d+(?:\\.\\d+)?)\\s*%\\s*\\(\\s*"
			+ "(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*\\)");

	/**
	 * 'There were 154 referrals (131 in 2015-16), up 17.6%', '154 referrals (2015-16:
	 * 131), an increase of 17.6%': a figure, last period's in brackets beside it (named
	 * as such), then the change.
	 */
	private static final Pattern BRACKETED_BEFORE = Pattern.compile("(?i)(?<![\\w.,£$])(\\d{1,3}(?:,\\d{3})+|\\d+)"
			+ "(?![\\d%]|[.,]\\d)(?:\\s+[A-Za-z][\\w'’-]*+){0,4}?\\s*\\(\\s*(?:"
			+ "(?:19|20)\\d{2}(?:\\s*[-/–]\\s*\\d{2,4})?\\s*:\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d%]|[.,]\\d)"
			+ "|(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d%]|[.,]\\d)\\s+(?:in|last|the\\s+previous|the\\s+year\\s+before|during|"
			+ "for)\\b[^()]{0,40}?)\\s*\\)\\s*,?\\s*(?:(?:which|this)\\s+is\\s+)?(?:(?:a|an)\\s+)?(?:(" + UP + "|"
			+ DOWN + ")\\s+(?:of\\s+|by\\s+)?(\\d+(?:\\.\\d+)?)\\s*%|(\\d+(?:\\.\\d+)?)\\s*%\\s+(" + UP + "|" + DOWN
			+ ")\\b)");

	/** ' (an increase of 23)', ', a rise of 23 referrals' just after 'from A to B'. */
	private static final Pattern ABSOLUTE = Pattern
		.compile("(?i)\\s*(?:,|\\()\\s*(?:(?:which|this)\\s+is\\s+)?(?:a|an)\\s+"
				+ "(increase|rise|decrease|reduction|fall|drop)\\s+of\\s+(\\d{1,3}(?:,\\d{3})+|\\d+)"
				+ "(?![\\d.,]\\d|\\d|\\s*%|\\s*per\\s*cent|\\s*percentage)");

	/** A sentence that goes on from the one before: 'This represents ...'. */
	private static final Pattern THIS = Pattern.compile("(?i)^(?:this|that|which|these)\\b");

	/** A figure: a number that is not a percentage, a year or part of a date. */
	private static final Pattern FIGURE = Pattern.compile(Numbers.NUMBER + "(?!\\s*%)(?!\\s*(?:st|nd|rd|th)\\b)");

	@Override
	public void check(LintDocument document, List<Prose.Sentence> sentences, LintSettings settings,
			List<Finding> findings) {
		for (int index = 0; index < sentences.size(); index++) {
			Prose.Sentence sentence = sentences.get(index);
			boolean checked = false;
			List<BigDecimal> baselines = new ArrayList<>();
			Matcher m = OF_FROM.matcher((sentence.text().indexOf('%') >= 0) ? sentence.text() : "");
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
				else if (figureBefore(sentence.text().substring(0, m.start()), baselines) != null) {
					// 'There were 25,400 ..., an increase of 9% from ... 23,300 and an
					// increase of 2% from ... 25,000'
					to = figureBefore(sentence.text().substring(0, m.start()), baselines);
					figureDate = Dates.latest(sentence.text().substring(0, m.start()));
				}
				else if (sentence.previous() != null) {
					to = onlyFigure(sentence.previous().text());
					figureDate = Dates.latest(sentence.previous().text());
				}
				baselines.add(from);
				if (to == null || Numbers.gluedFootnote(m.group(3)) || (year(m.group(3)) && year(to))) {
					continue;
				}
				checked = true;
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
			m = COMPARED.matcher(COMPARED_TO.matcher(sentence.text()).find() ? sentence.text() : "");
			while (m.find()) {
				// 'a 17.6% rise' or 'a rise of 17.6%'
				String word = (m.group(5) != null) ? m.group(5) : m.group(6);
				String percent = (m.group(4) != null) ? m.group(4) : m.group(7);
				boolean up = word.toLowerCase(Locale.ROOT).matches(UP);
				checked = true;
				compare(sentence, m.start(), m.end(), up, new BigDecimal(percent), Numbers.value(m.group(3), null),
						Numbers.value(m.group(1), null), settings, findings);
			}
			m = BRACKETED_BEFORE.matcher((sentence.text().indexOf('(') >= 0) ? sentence.text() : "");
			while (m.find()) {
				String last = (m.group(2) != null) ? m.group(2) : m.group(3);
				String word = (m.group(4) != null) ? m.group(4) : m.group(7);
				String percent = (m.group(5) != null) ? m.group(5) : m.group(6);
				if (Numbers.yearLike(sentence.text(), m.start(1), m.group(1)) || Numbers.gluedFootnote(m.group(1))) {
					continue;
				}
				checked = true;
				compare(sentence, m.start(), m.end(), word.toLowerCase(Locale.ROOT).matches(UP),
						new BigDecimal(percent), Numbers.value(last, null), Numbers.value(m.group(1), null), settings,
						findings);
			}
			if (!checked) {
				fromTo(sentence, (index > 0) ? sentences.get(index - 1) : null,
						(index + 1 < sentences.size()) ? sentences.get(index + 1) : null, settings, findings);
			}
			direction(sentence, findings);
			quarters(sentence, findings);
			valueAndChange(sentence, settings, findings);
		}
	}

	/**
	 * 'In Quarter 2, there was an increase ... 828 received in Q2 compared to 888
	 * received in Q1': the count of the quarter the sentence is about against the other
	 * one.
	 */
	private static void quarters(Prose.Sentence sentence, List<Finding> findings) {
		Matcher current = CURRENT_QUARTER.matcher(sentence.text());
		if (!current.lookingAt()) {
			return;
		}
		String now = "Q" + current.group(1);
		Matcher m = QUARTERS_COMPARED.matcher(sentence.text());
		if (!m.find()) {
			return;
		}
		String first = "Q" + m.group(4);
		String second = "Q" + m.group(7);
		BigDecimal a = Numbers.value(m.group(3), null);
		BigDecimal b = Numbers.value(m.group(6), null);
		if (first.equals(now) && !second.equals(now)) {
			wrongWay(sentence, m.start(), m.end(), m.group(1), b, a, findings);
		}
		else if (second.equals(now) && !first.equals(now)) {
			wrongWay(sentence, m.start(), m.end(), m.group(1), a, b, findings);
		}
	}

	/**
	 * '640,430 referrals in 2022-23, down 1.5% (9,840) on 2021-22': the change in numbers
	 * and in percent must agree (9,840 of the year before's 650,270 is 1.51%).
	 */
	private static void valueAndChange(Prose.Sentence sentence, LintSettings settings, List<Finding> findings) {
		String text = sentence.text();
		if (text.indexOf('%') < 0 || text.indexOf('(') < 0) {
			return;
		}
		Matcher m = VALUE_AND_CHANGE.matcher(sentence.blank());
		while (m.find()) {
			BigDecimal value = Numbers.value(m.group(1), null);
			boolean up = m.group(2).equalsIgnoreCase("up");
			BigDecimal percent = new BigDecimal(m.group(3));
			BigDecimal change = Numbers.value(m.group(4), null);
			BigDecimal before = up ? value.subtract(change) : value.add(change);
			if (before.signum() <= 0) {
				continue;
			}
			double computed = change.doubleValue() * 100 / before.doubleValue();
			if (Math.abs(computed - percent.doubleValue()) > Numbers.tolerance(percent, settings.toleranceUnits())) {
				findings.add(new Finding(sentence.line(m.start()), sentence.excerpt(m.start(), m.end()), CODE,
						value.toPlainString() + " is " + (up ? "up " : "down ") + change.toPlainString() + " on "
								+ before.toPlainString() + ", which is " + Numbers.show(computed) + "%, not "
								+ percent.toPlainString() + "%",
						Severity.error));
			}
		}
	}

	/**
	 * 'from A (in 2018/19) to B (in 2019/20)' with the change stated in the same sentence
	 * ('a decrease of 5.7%'), or in the sentence after it ('This represents a 32%
	 * increase'), or in the one before it ('an 11 per cent increase ... rose from 34,000
	 * to 37,900'): with one such pair and one such change, they must agree.
	 */
	private static void fromTo(Prose.Sentence sentence, Prose.@Nullable Sentence before, Prose.@Nullable Sentence after,
			LintSettings settings, List<Finding> findings) {
		if (!sentence.text().contains("from ")) {
			return;
		}
		String text = sentence.blank();
		Matcher m = FROM_TO.matcher(text);
		if (!m.find() || (year(m.group(1)) && year(m.group(2)))) {
			return;
		}
		BigDecimal from = Numbers.value(m.group(1), null);
		BigDecimal to = Numbers.value(m.group(2), null);
		int start = m.start();
		int end = m.end();
		if (m.find()) {
			return;
		}
		absolute(sentence, text.substring(end), start, end, from, to, findings);
		List<Change> changes = changes(sentence.text());
		Prose.Sentence where = sentence;
		if (changes.isEmpty() && after != null && THIS.matcher(after.text()).find()) {
			changes = changes(after.text());
			where = after;
		}
		if (changes.isEmpty() && before != null && onlyFigure(before.text()) == null) {
			changes = changes(before.text());
			where = before;
		}
		if (changes.size() != 1) {
			return;
		}
		Change change = changes.get(0);
		compare(where, change.start(), change.end(), change.up(), change.percent(), from, to, settings, findings);
	}

	/**
	 * 'from 131 to 154 (an increase of 23)', 'from 131 to 154, a rise of 23 referrals': a
	 * change in numbers right after its two figures must be their difference.
	 */
	private static void absolute(Prose.Sentence sentence, String after, int start, int end, BigDecimal from,
			BigDecimal to, List<Finding> findings) {
		Matcher m = ABSOLUTE.matcher(after);
		if (!m.lookingAt() || from.scale() > 0 || to.scale() > 0) {
			// counts only: a change between rates may be rounded
			return;
		}
		boolean up = m.group(1).toLowerCase(Locale.ROOT).matches(UP);
		BigDecimal stated = Numbers.value(m.group(2), null);
		BigDecimal actual = to.subtract(from);
		boolean wrongWay = (actual.signum() > 0 && !up) || (actual.signum() < 0 && up);
		if (wrongWay || actual.abs().compareTo(stated) != 0) {
			findings.add(new Finding(sentence.line(start), sentence.excerpt(start, end + m.end()), CODE,
					"From " + from.toPlainString() + " to " + to.toPlainString() + " is "
							+ ((actual.signum() >= 0) ? "an increase" : "a decrease") + " of "
							+ actual.abs().toPlainString() + ", not " + (up ? "an increase" : "a decrease") + " of "
							+ stated.toPlainString(),
					Severity.error));
		}
	}

	/** A stated change: its direction, its percentage and where it is. */
	private record Change(boolean up, BigDecimal percent, int start, int end) {
	}

	private static List<Change> changes(String text) {
		List<Change> changes = new ArrayList<>();
		Matcher m = CHANGE.matcher(text);
		while (m.find()) {
			String word = (m.group(2) != null) ? m.group(2) : (m.group(3) != null) ? m.group(3) : m.group(5);
			String percent = (m.group(1) != null) ? m.group(1) : (m.group(4) != null) ? m.group(4) : m.group(6);
			changes.add(
					new Change(word.toLowerCase(Locale.ROOT).matches(UP), new BigDecimal(percent), m.start(), m.end()));
		}
		return changes;
	}

	/**
	 * A change said to go one way that goes the other: 'increased from 1490 to 1367',
	 * 'there were 273 children, which has fallen to 299'.
	 */
	private static void direction(Prose.Sentence sentence, List<Finding> findings) {
		Matcher change = CHANGE_FROM.matcher(sentence.blank());
		while (change.find()) {
			String before = sentence.text().substring(0, change.start());
			BigDecimal to = onlyFigure(before);
			if (to == null && sentence.previous() != null && THIS.matcher(sentence.text()).find()
					&& StatedChange.FIGURE.matcher(Dates.blankOut(before)).results().findAny().isEmpty()) {
				// 'At 31 March 2016, 1902 children ... This is a slight decrease from
				// 1189'
				to = onlyFigure(sentence.previous().text());
			}
			BigDecimal from = Numbers.value(change.group(2), null);
			if (to == null || (year(to) && year(from))) {
				continue;
			}
			wrongWay(sentence, change.start(), change.end(), change.group(1), from, to, findings);
		}
		String lower = sentence.text().toLowerCase(Locale.ROOT);
		if (!lower.contains(" to ")) {
			return;
		}
		String text = sentence.blank();
		Matcher m = MOVED_FROM_TO.matcher(lower.contains("from ") ? text : "");
		while (m.find()) {
			if (year(m.group(2)) && year(m.group(3))) {
				continue;
			}
			wrongWay(sentence, m.start(), m.end(), m.group(1), Numbers.value(m.group(2), null),
					Numbers.value(m.group(3), null), findings);
		}
		m = MOVED_TO.matcher(text);
		while (m.find()) {
			BigDecimal from = onlyFigure(sentence.text().substring(0, m.start()));
			if (from == null || (year(from) && year(m.group(2)))) {
				continue;
			}
			wrongWay(sentence, m.start(), m.end(), m.group(1), from, Numbers.value(m.group(2), null), findings);
		}
	}

	private static void wrongWay(Prose.Sentence sentence, int start, int end, String verb, BigDecimal from,
			BigDecimal to, List<Finding> findings) {
		boolean up = verb.toLowerCase(Locale.ROOT).matches(UP);
		int moved = to.compareTo(from);
		if (moved != 0 && (moved > 0) != up) {
			findings.add(new Finding(sentence.line(start), sentence.excerpt(start, end), CODE,
					"From " + from.toPlainString() + " to " + to.toPlainString() + " is "
							+ ((moved > 0) ? "a rise" : "a fall") + ", not " + (up ? "a rise" : "a fall") + " (\""
							+ verb + "\")",
					Severity.error));
		}
	}

	private static boolean year(String digits) {
		return digits.matches("(19|20)\\d{2}");
	}

	private static boolean year(BigDecimal value) {
		return value.scale() <= 0 && year(value.toPlainString());
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
	 * The one figure of a text once the baselines of earlier changes in it are set aside.
	 */
	static @Nullable BigDecimal figureBefore(String text, List<BigDecimal> baselines) {
		String withoutDates = Dates.blankOut(text);
		List<BigDecimal> figures = new ArrayList<>();
		Matcher m = FIGURE.matcher(withoutDates);
		while (m.find()) {
			if (Numbers.gluedFootnote(m.group(1)) || Numbers.yearLike(withoutDates, m.start(1), m.group(1))) {
				continue;
			}
			BigDecimal value = Numbers.value(m.group(1), m.group(2));
			if (baselines.stream().noneMatch((b) -> b.compareTo(value) == 0)) {
				figures.add(value);
			}
		}
		return (figures.size() == 1) ? figures.get(0) : null;
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
			if (Numbers.gluedFootnote(m.group(1)) || Numbers.yearLike(withoutDates, m.start(1), m.group(1))) {
				continue;
			}
			figures.add(Numbers.value(m.group(1), m.group(2)));
		}
		return (figures.size() == 1) ? figures.get(0) : null;
	}

}
