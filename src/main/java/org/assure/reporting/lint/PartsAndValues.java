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

	/**
	 * 'A total of 1445 notifications, comprising of 993 referrals and 453 advice
	 * requests'.
	 */
	private static final Pattern COMPRISING = Pattern
		.compile("(?i)(?<![\\w.,£$])(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d%]|[.,]\\d)"
				+ "((?:\\s+[A-Za-z][\\w'/-]*){1,3}),?\\s+(?:comprising(?:\\s+of)?|made\\s+up\\s+of|consisting\\s+of|"
				+ "broken\\s+down\\s+(?:into|as))\\s+((?:(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\s+[A-Za-z][\\w'/-]*){1,3},\\s+)*"
				+ "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\s+[A-Za-z][\\w'/-]*){1,3},?\\s+and\\s+(?:\\d{1,3}(?:,\\d{3})+|\\d+)"
				+ "(?:\\s+[A-Za-z][\\w'/-]*){1,3})");

	/** 'of the 204 referrals'. */
	private static final Pattern OF_THE_BASE = Pattern
		.compile("(?i)\\bof\\s+the\\s+(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d%]|[.,]\\d)\\s+[A-Za-z]");

	private static final List<String> WORDS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
			"nine", "ten", "eleven", "twelve");

	/** A part that starts with a count, in figures or words. */
	private static final Pattern LEADING_COUNT = Pattern
		.compile("(?i)^(?:(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d%]|[.,]\\d)|(" + String.join("|", WORDS)
				+ ")\\b)(?:\\s+[A-Za-z]|$)");

	/** '70 of those enquiries ...'. */
	private static final Pattern THOSE_LEAD = Pattern
		.compile("(?i)(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d%]|[.,]\\d)\\s+of\\s+(?:those|these|them)\\b");

	/** '... and 25 were ...', ', 13 as ...': a further part. */
	private static final Pattern MORE_PARTS = Pattern
		.compile("(?i)(?:,|\\band\\b)\\s+(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d%]|[.,]\\d)\\s+[a-z]");

	/** 'April 2022-2023: 121', 'Police: 45 (not finalised)'. */
	private static final Pattern LABELLED = Pattern
		.compile("^\\s*[^:\\t]{2,60}:\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d%]|[.,]\\d)\\s*(?:\\([^)]*\\))?\\s*$");

	/** A total stated in words: 'all 454 contacts', 'a total of 454', '454 in total'. */
	private static final Pattern STATED_TOTAL = Pattern
		.compile("(?i)\\b(?:all|a\\s+total\\s+of|in\\s+total)\\s+" + "(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d%]|[.,]\\d)");

	private static final String FY = "(?:(?:19|20)\\d{2}\\s?[-/–]\\s?(?:\\d{2}|(?:19|20)\\d{2})|\\d{2}/\\d{2})(?![\\d/])";

	private static final Pattern YEARS = Pattern.compile("(?<![\\d/.,])" + FY);

	/** A count attached to its year: '1894 in 2018/19', '1996 in 18/19'. */
	private static final Pattern ATTACHED = Pattern.compile(
			"(?<![\\w.,£$])(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d%]|[.,]\\d)" + "\\s+(?:in|for|during)\\s+(" + FY + ")");

	/** 'there had been 1967 referrals'. */
	private static final Pattern THERE_WERE = Pattern
		.compile("(?i)\\bthere\\s+(?:had\\s+been|have\\s+been|has\\s+been|were|was)"
				+ "\\s+(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d%]|[.,]\\d)\\s+([A-Za-z]{3,})");

	/** 'the number of child deaths reviewed by CDOP was 51'. */
	private static final Pattern NUMBER_OF = Pattern
		.compile("(?i)\\bthe\\s+number\\s+of\\s+([a-z][a-z0-9\\s'’/-]{2,80}?)"
				+ "\\s+(?:was|is|were|stood\\s+at|totalled)\\s+(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d%]|[.,]\\d)");

	/** 'In 2019/20, ', 'At the end of 18/19 ': what comes before a clause's subject. */
	private static final Pattern LEADING_PHRASE = Pattern.compile(
			"(?i)^(?:[-•*]\\s*)?(?:in|during|for|at\\s+the\\s+end\\s+of|by\\s+the\\s+end\\s+of|by)\\s+[^,]{1,40},\\s*");

	private static final java.util.Set<String> SUBJECT_STOP = java.util.Set.of("the", "a", "an", "our", "its", "their",
			"this", "these", "those", "number", "total", "overall", "of", "all", "most", "main");

	/** Words that end the phrase naming what a count counts. */
	private static final java.util.Set<String> PHRASE_END = java.util.Set.of("for", "in", "during", "at", "over",
			"between", "since", "by", "rose", "fell", "increased", "decreased", "remained", "went", "grew", "dropped",
			"stood", "totalled", "reached", "continued", "saw", "showed", "received", "were", "was", "is", "are", "has",
			"have", "had", "which", "that", "compared", "against", "than", "up", "down");

	private static final java.util.Set<String> VERBS = java.util.Set.of("there", "it", "we", "was", "were", "is", "are",
			"had", "have", "has", "been", "be", "in", "at", "by", "for", "during", "to", "which", "that", "and", "but",
			"although", "however", "as");

	private static final Pattern PART = Pattern.compile("(?<![\\w.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d%]|[.,]\\d)");

	/** A count and the three words after it. */
	private static final Pattern QUANTITY = Pattern
		.compile("(?<![\\w.,£$])(\\d{1,3}(?:,\\d{3})+|\\d+)(?!\\.\\d|[\\d%]|,\\d)((?:\\s+[A-Za-z][A-Za-z'-]*){3})");

	@Override
	public void check(LintDocument document, List<Prose.Sentence> sentences, LintSettings settings,
			List<Finding> findings) {
		Map<String, Seen> seen = new HashMap<>();
		Map<String, List<Counted>> counted = new HashMap<>();
		for (Prose.Sentence sentence : sentences) {
			if (!parts(sentence, findings)) {
				comprising(sentence, findings);
				segments(sentence, findings);
				thoseParts(sentence, findings);
			}
			values(sentence, seen, findings);
			periods(sentence, counted, findings);
		}
		labelled(document, findings);
	}

	/**
	 * 'A total of 1445 notifications, comprising of 993 referrals and 453 advice
	 * requests': the parts of a total said to make it up must add up to it.
	 */
	private static void comprising(Prose.Sentence sentence, List<Finding> findings) {
		String lower = sentence.text().toLowerCase(Locale.ROOT);
		if (!(lower.contains("compris") || lower.contains("made up of") || lower.contains("consisting of")
				|| lower.contains("broken down"))) {
			return;
		}
		String text = sentence.blank();
		Matcher m = COMPRISING.matcher(text);
		if (!m.find()) {
			return;
		}
		BigDecimal total = Numbers.value(m.group(1), null);
		BigDecimal sum = BigDecimal.ZERO;
		int count = 0;
		Matcher part = PART.matcher(m.group(3));
		while (part.find()) {
			sum = sum.add(Numbers.value(part.group(1), null));
			count++;
		}
		if (count >= 2 && sum.compareTo(total) != 0) {
			findings.add(new Finding(sentence.line(m.start()), sentence.excerpt(m.start(), m.end()), PARTS,
					"The parts " + m.group(3).strip() + " sum to " + sum.toPlainString() + ", not the "
							+ total.toPlainString() + " they are said to make up",
					Severity.error));
		}
	}

	/**
	 * 'of the 204 referrals ..., 72 allegations had been substantiated with 30
	 * unsubstantiated, 69 unfounded, one false and 32 involvements remaining ongoing':
	 * when every part of the rest of the sentence starts with a count, the parts cannot
	 * add up to more than the base (they may add up to less: a list need not be
	 * complete).
	 */
	private static void segments(Prose.Sentence sentence, List<Finding> findings) {
		if (!sentence.text().toLowerCase(Locale.ROOT).contains("of the ")) {
			return;
		}
		String text = sentence.blank();
		Matcher m = OF_THE_BASE.matcher(text);
		if (!m.find()) {
			return;
		}
		int comma = text.indexOf(',', m.end());
		if (comma < 0) {
			return;
		}
		String rest = text.substring(comma + 1).strip().replaceAll("[.;]\\s*$", "");
		String[] parts = rest.split(",\\s+(?:and\\s+)?|\\s+and\\s+|\\s+with\\s+");
		if (parts.length < 3) {
			return;
		}
		BigDecimal total = Numbers.value(m.group(1), null);
		BigDecimal sum = BigDecimal.ZERO;
		for (String part : parts) {
			BigDecimal count = leadingCount(part.strip());
			if (count == null) {
				return;
			}
			sum = sum.add(count);
		}
		if (sum.compareTo(total) > 0) {
			findings.add(new Finding(sentence.line(m.start()), sentence.excerpt(m.start(), sentence.text().length()),
					PARTS,
					"The " + parts.length + " parts after \"" + m.group().strip() + "\" add up to "
							+ sum.toPlainString() + ", more than the " + total.toPlainString() + " they are part of",
					Severity.error));
		}
	}

	/**
	 * 'The total number of enquiries were 85 compared to 81 in Quarter 3. 70 of those
	 * enquiries were undertaken jointly and 25 as a single agency': the parts of 'those'
	 * (70 + 25 = 95) cannot add up to more than every count of the sentence before.
	 */
	private static void thoseParts(Prose.Sentence sentence, List<Finding> findings) {
		if (sentence.previous() == null) {
			return;
		}
		Matcher m = THOSE_LEAD.matcher(sentence.text());
		if (!m.lookingAt()) {
			return;
		}
		String text = sentence.text();
		List<BigDecimal> parts = new ArrayList<>();
		parts.add(Numbers.value(m.group(1), null));
		Matcher more = MORE_PARTS.matcher(text.substring(m.end()));
		while (more.find()) {
			parts.add(Numbers.value(more.group(1), null));
		}
		if (parts.size() < 2) {
			return;
		}
		List<BigDecimal> before = new ArrayList<>();
		Matcher figure = PART.matcher(sentence.previous().blank());
		while (figure.find()) {
			if (!Numbers.gluedFootnote(figure.group(1))) {
				before.add(Numbers.value(figure.group(1), null));
			}
		}
		if (before.isEmpty()) {
			return;
		}
		BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal most = before.stream().max(BigDecimal::compareTo).orElseThrow();
		if (sum.compareTo(most) > 0) {
			List<String> shown = parts.stream().map(BigDecimal::toPlainString).toList();
			findings
				.add(new Finding(sentence.line(0), sentence.excerpt(0, sentence.text().length()), PARTS,
						"The parts of \"those\" add up to " + String.join(" + ", shown) + " = " + sum.toPlainString()
								+ ", more than the " + most.toPlainString() + " of the sentence before",
						Severity.error));
		}
	}

	private static @Nullable BigDecimal leadingCount(String part) {
		Matcher m = LEADING_COUNT.matcher(part);
		if (!m.find()) {
			return null;
		}
		if (m.group(1) != null) {
			return Numbers.value(m.group(1), null);
		}
		return BigDecimal.valueOf(WORDS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1);
	}

	/**
	 * Lines of 'label: count' (three or more) followed by a total stated in words ('all
	 * 454 contacts', 'a total of 454'): the counts must add up to it.
	 */
	private static void labelled(LintDocument document, List<Finding> findings) {
		List<LintLine> lines = document.lines();
		int i = 0;
		while (i < lines.size()) {
			int end = i;
			BigDecimal sum = BigDecimal.ZERO;
			while (end < lines.size() && !lines.get(end).row() && lines.get(end).text().indexOf(':') >= 0) {
				Matcher m = LABELLED.matcher(lines.get(end).text());
				if (!m.matches()) {
					break;
				}
				sum = sum.add(Numbers.value(m.group(1), null));
				end++;
			}
			if (end - i >= 3) {
				for (int j = end; j < Math.min(lines.size(), end + 3); j++) {
					Matcher total = STATED_TOTAL.matcher(lines.get(j).text());
					if (total.find()) {
						BigDecimal stated = Numbers.value(total.group(1), null);
						if (stated.compareTo(sum) != 0) {
							findings.add(new Finding(lines.get(j).number(), total.group().strip(), PARTS,
									"The " + (end - i) + " counts listed on lines " + lines.get(i).number() + " to "
											+ lines.get(end - 1).number() + " add up to " + sum.toPlainString()
											+ ", not " + stated.toPlainString(),
									Severity.error));
						}
						break;
					}
				}
			}
			i = Math.max(end, i + 1);
		}
	}

	private static boolean parts(Prose.Sentence sentence, List<Finding> findings) {
		if (!sentence.text().contains(" and ")) {
			return false;
		}
		String text = sentence.blank();
		Matcher list = LIST.matcher(text);
		if (!list.find()) {
			return false;
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
			return false;
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
		return true;
	}

	private record Seen(BigDecimal value, int line) {
	}

	private static void values(Prose.Sentence sentence, Map<String, Seen> seen, List<Finding> findings) {
		String period = period(sentence.text());
		if (period == null) {
			return;
		}
		String text = sentence.blank();
		Matcher m = QUANTITY.matcher(text);
		while (m.find()) {
			if (Numbers.gluedFootnote(m.group(1))) {
				continue;
			}
			String words = m.group(2).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
			if (words.matches("(?:days?|weeks?|months?|years?|hours?|minutes?|per|percent|pages?)\\b.*")
					|| words.matches("(?:a|an|the|one|this|last|previous|each|every) (?:year|month|quarter|week|day|"
							+ "period)s?\\b.*")) {
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
	 * The same count for the same year stated with two values, where the count is named
	 * by what it counts: 'Referrals ... 1894 in 2018/19' (the subject of the clause, and
	 * the year attached to the count), 'At the end of 18/19 there had been 1967
	 * referrals' (the noun after the count, and the one year of the sentence), 'the
	 * number of child deaths reviewed by CDOP was 51' (the words after 'the number of').
	 */
	private static void periods(Prose.Sentence sentence, Map<String, List<Counted>> counted, List<Finding> findings) {
		String text = sentence.text();
		String lower = text.toLowerCase(Locale.ROOT);
		boolean there = lower.contains("there ");
		boolean numberOf = lower.contains("number of");
		int offset = 0;
		String only = null;
		boolean onlyKnown = false;
		for (String clause : text.split(";", -1)) {
			boolean dated = clause.indexOf('/') >= 0 || clause.indexOf('-') >= 0 || clause.indexOf('–') >= 0;
			Matcher m = ATTACHED.matcher(dated ? clause : "");
			String subject = null;
			boolean subjectKnown = false;
			while (m.find()) {
				if (!subjectKnown) {
					subject = subject(clause);
					subjectKnown = true;
				}
				String year = year(m.group(2));
				if (subject != null && year != null) {
					remember(sentence, offset + m.start(), m.group(1), subject, year, counted, findings);
				}
			}
			if ((there || numberOf) && !onlyKnown) {
				only = onlyYear(text);
				onlyKnown = true;
			}
			m = THERE_WERE.matcher(there ? clause : "");
			while (m.find()) {
				if (only != null) {
					remember(sentence, offset + m.start(1), m.group(1), singular(m.group(2)), only, counted, findings);
				}
			}
			m = NUMBER_OF.matcher(numberOf ? clause : "");
			while (m.find()) {
				if (only != null) {
					String phrase = Numbers.FINANCIAL_YEAR.matcher(m.group(1).toLowerCase(Locale.ROOT))
						.replaceAll(" ")
						.replaceAll("\\s+", " ")
						.strip();
					remember(sentence, offset + m.start(2), m.group(2), "number of " + phrase, only, counted, findings);
				}
			}
			offset += clause.length() + 1;
		}
	}

	/**
	 * Whether a bare noun ('referral') and a phrase ('referral to children's social
	 * care') name the same whole: the phrase says where they went ('to'), not which of
	 * them ('from schools', 'by police', 'aged under 5').
	 */
	private static boolean whole(String bare, String phrase, String head) {
		return bare.equals(head) && (phrase.equals(head) || phrase.startsWith(head + " to "));
	}

	/** A count remembered for two-values: what it counts, its value and its line. */
	private record Counted(String phrase, BigDecimal value, int line) {
	}

	/**
	 * Remembers a count of a phrase ('referral to children's social care') for a year,
	 * and finds another value for the same: the same phrase, or one of them the bare noun
	 * the other starts with ('referral'); 'referral from school' and 'referral from
	 * police' are two quantities.
	 */
	private static void remember(Prose.Sentence sentence, int at, String digits, String phrase, String year,
			Map<String, List<Counted>> counted, List<Finding> findings) {
		BigDecimal value = Numbers.value(digits, null);
		String head = phrase.split(" ", 2)[0];
		List<Counted> seen = counted.computeIfAbsent(head + " | " + year, (k) -> new ArrayList<>());
		int line = sentence.line(at);
		for (Counted before : seen) {
			boolean same = before.phrase().equals(phrase) || whole(before.phrase(), phrase, head)
					|| whole(phrase, before.phrase(), head);
			if (same && before.value().compareTo(value) != 0) {
				findings.add(
						new Finding(line, sentence.excerpt(at, Math.min(sentence.text().length(), at + 40)), TWO_VALUES,
								"\"" + phrase + "\" for " + year + " is " + value.toPlainString() + " here but "
										+ before.value().toPlainString() + " at line " + before.line(),
								Severity.warning));
				break;
			}
		}
		seen.add(new Counted(phrase, value, line));
	}

	/**
	 * The first word of a clause that names what it counts ('Referrals to ...'),
	 * singular.
	 */
	static @Nullable String subject(String clause) {
		String rest = LEADING_PHRASE.matcher(clause.strip()).replaceFirst("");
		StringBuilder phrase = new StringBuilder();
		for (String word : rest.split("\\s+")) {
			String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^a-z']", "");
			if (phrase.isEmpty()) {
				if (lower.isEmpty() || SUBJECT_STOP.contains(lower)) {
					continue;
				}
				if (VERBS.contains(lower)) {
					return null;
				}
				phrase.append(singular(lower));
				if (word.matches(".*[,;:(].*")) {
					break;
				}
				continue;
			}
			if (lower.isEmpty() || VERBS.contains(lower) || PHRASE_END.contains(lower) || word.matches(".*\\d.*")) {
				break;
			}
			phrase.append(' ').append(lower);
			if (word.matches(".*[,;:(].*") || phrase.chars().filter((c) -> c == ' ').count() >= 5) {
				break;
			}
		}
		return phrase.isEmpty() ? null : phrase.toString();
	}

	static String singular(String word) {
		String lower = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
		if (lower.endsWith("ies")) {
			return lower.substring(0, lower.length() - 3) + "y";
		}
		return (lower.endsWith("s") && !lower.endsWith("ss")) ? lower.substring(0, lower.length() - 1) : lower;
	}

	/** A financial year, long or short, as 2018-19; null for anything else. */
	static @Nullable String year(String text) {
		Matcher m = Numbers.FINANCIAL_YEAR.matcher(text);
		if (m.find()) {
			int start = Integer.parseInt(m.group(1));
			String end = m.group(2);
			int endYear = (end.length() == 2) ? (start / 100) * 100 + Integer.parseInt(end) : Integer.parseInt(end);
			return (endYear == start + 1) ? start + "-" + String.valueOf(endYear).substring(2) : null;
		}
		m = Numbers.SHORT_YEAR.matcher(text);
		if (m.find() && Numbers.shortYear(m.group(1), m.group(2))) {
			return "20" + m.group(1) + "-" + m.group(2);
		}
		return null;
	}

	/** The one financial year a text names, or null when it names none or several. */
	static @Nullable String onlyYear(String text) {
		List<String> years = new ArrayList<>();
		Matcher m = YEARS.matcher(text);
		while (m.find()) {
			String year = year(m.group());
			if (year != null && !years.contains(year)) {
				years.add(year);
			}
		}
		return (years.size() == 1) ? years.get(0) : null;
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
