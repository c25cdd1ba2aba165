package org.assure.reporting.lint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A percentage that does not match its count and the base stated nearby: 'Of the 214
 * referrals, ... 40 referrals were completed (19.6%)' (40 of 214 is 18.7%). The base is
 * stated with 'of the N' (or 'of N', 'out of N', 'N ..., of whom') in the same sentence
 * or in the lead-in of the claim's list. The rule keeps quiet when the base is ambiguous:
 * two different bases, a count with another noun than the base's, a count larger than the
 * base, or a claim after a comparison with another period ('compared to 4 (4.9%) last
 * year').
 */
final class PercentOfBase implements LintRule {

	static final String CODE = "percent-of-base";

	/** 'N (P%)', with up to five words between: '133 referrals were completed (62%)'. */
	private static final Pattern COUNT_THEN_PERCENT = Pattern.compile(Numbers.NUMBER
			+ "((?:\\s+[\"“‘']?[A-Za-z][\\w'/-]*[\"”’']?){0,5})\\s*\\(\\s*(\\d+(?:\\.\\d+)?)\\s*%\\s*\\)");

	/** 'P% (N)': '12% (44) of referrals'. */
	private static final Pattern PERCENT_THEN_COUNT = Pattern
		.compile("(?<![\\w.])(\\d+(?:\\.\\d+)?)\\s*%\\s*\\(\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*\\)");

	/** 'N referrals, which are P%'. */
	private static final Pattern WHICH_ARE = Pattern.compile(Numbers.NUMBER
			+ "((?:\\s+[A-Za-z][\\w'/-]*){1,3}),?\\s+(?:which|that)\\s+(?:is|are|was|were)\\s+(\\d+(?:\\.\\d+)?)\\s*%");

	/**
	 * 'A trained out of B (P%)', 'A of B (P%)', 'A of the B referrals (P%)': a count and
	 * its base, then the percentage.
	 */
	private static final Pattern RATIO_THEN_PERCENT = Pattern.compile(Numbers.NUMBER
			+ "((?:\\s+[A-Za-z][\\w'/-]*){0,2}|(?:\\s+[\\w'/-]+){1,6}?\\s+out)\\s+(?:out\\s+of|of)\\s+(?:the\\s+|all\\s+)?(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d.,%])"
			+ "((?:\\s+[A-Za-z][\\w'/-]*){0,3})\\s*\\(\\s*(\\d+(?:\\.\\d+)?)\\s*%\\s*\\)");

	/** 'P% (A of B)', 'P% (A/B)', 'P% (A out of B)'. */
	private static final Pattern PERCENT_THEN_RATIO = Pattern
		.compile("(?<![\\w.])(\\d+(?:\\.\\d+)?)\\s*%\\s*\\(\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*(?:/|out\\s+of|of)\\s*"
				+ "(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*\\)");

	/** 'A reviews ... (P% of the B reviews)'. */
	private static final Pattern COUNT_THEN_PERCENT_OF = Pattern.compile(Numbers.NUMBER
			+ "((?:\\s+[A-Za-z][\\w'/-]*){0,6})\\s*\\(\\s*(\\d+(?:\\.\\d+)?)\\s*%\\s+of\\s+(?:the\\s+|all\\s+)?"
			+ "(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d.,%])");

	/** A list item that sums up those before it: 'Therefore 81.62% of ...'. */
	private static final Pattern CUMULATIVE = Pattern.compile(
			"^(?:[-•*▪]\\s*)?(?:therefore|so|this means|in total|overall|altogether|in all),?\\s+(\\d+(?:\\.\\d+)?)\\s*%",
			Pattern.CASE_INSENSITIVE);

	/** 'Of those deaths reviewed': a base named by its noun. */
	private static final Pattern THOSE_NOUN = Pattern
		.compile("(?i)\\bof\\s+(?:those|these|the)\\s+([a-z]{3,})(?:\\s+([a-z]{4,}))?");

	/**
	 * '61% of the deaths occurred before ... (27 deaths)', '27% were ... (12 deaths)'.
	 */
	private static final Pattern PERCENT_WORDS_COUNT = Pattern.compile("(?<![\\w.])(\\d+(?:\\.\\d+)?)\\s*%"
			+ "(\\s+(?:of|were|was|are|is)\\b(?:\\s+[A-Za-z][\\w'/-]*){1,12}?)\\s*\\(\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)"
			+ "(?![\\d%]|[.,]\\d)\\s*([A-Za-z]+)?\\s*\\)");

	private static final Pattern FIRST_FIGURE = Pattern.compile("(?<![\\w.,£$])\\d");

	/** '52,050 of the 69,540 children ... were fostered, which is 75%'. */
	private static final Pattern OF_THE_WHICH = Pattern.compile("(?i)(?<![\\w.,£$])(\\d{1,3}(?:,\\d{3})+|\\d+)"
			+ "(?![\\d%]|[.,]\\d)\\s+of\\s+the\\s+(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d%]|[.,]\\d)[^.;%()]{0,120}?,?\\s+"
			+ "(?:which|this|that)\\s+(?:is|was|represents|represented|equates\\s+to)\\s+(\\d+(?:\\.\\d+)?)\\s*%");

	/** 'N of these': the base is the figure before. */
	private static final Pattern A_OF_THESE = Pattern.compile("(?i)^[\\d,]+\\s+of\\s+(?:these|those|them)\\b");

	/** 'Of those', 'of these': the base is the figure of the sentence before. */
	private static final Pattern OF_THOSE = Pattern.compile("(?i)\\bof\\s+(?:those|these|them)\\b");

	/** A base: 'of the 214 referrals', 'out of 61', 'of these 90 service users'. */
	private static final Pattern BASE = Pattern
		.compile("(?i)\\b(?:out\\s+)?of\\s+(?:the\\s+|these\\s+|those\\s+|all\\s+)?"
				+ "(\\d{1,3}(?:,\\d{3})+|\\d+)(?!\\.\\d|[\\d%]|,\\d|\\s*%)((?:\\s+[A-Za-z][\\w'/-]*){0,2})");

	/** '205 children ceased to be looked after, of whom 11 (5%)'. */
	private static final Pattern OF_WHOM = Pattern.compile(
			"(?<![\\w.,])(\\d{1,3}(?:,\\d{3})+|\\d+)((?:\\s+[A-Za-z][\\w'/-]*){1,8})[^.;\\d]*?,\\s+of\\s+(?:whom|which)\\b");

	/** A comparison with another time: claims after it are about another base. */
	private static final Pattern COMPARISON = Pattern.compile(
			"(?i)\\b(compared\\s+(?:to|with)|last\\s+year|previous\\s+year|the\\s+year\\s+before|in\\s+(?:19|20)\\d{2}|during\\s+\\d{2}/\\d{2})");

	private static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "were", "was", "are", "is", "had",
			"have", "has", "been", "which", "that", "who", "and", "or", "to", "for", "with", "this", "these", "those",
			"period", "year", "total");

	@Override
	public void check(LintDocument document, List<Prose.Sentence> sentences, LintSettings settings,
			List<Finding> findings) {
		String list = null;
		BigDecimal listed = BigDecimal.ZERO;
		int items = 0;
		for (int index = 0; index < sentences.size(); index++) {
			Prose.Sentence sentence = sentences.get(index);
			if (sentence.leadIn() != list) {
				list = sentence.leadIn();
				listed = BigDecimal.ZERO;
				items = 0;
			}
			List<Claim> claims = claims(sentence.text());
			if (claims.isEmpty() && list != null && items >= 2) {
				cumulative(sentence, listed, items, settings, findings);
			}
			for (Claim claim : claims) {
				Base base;
				if (claim.stated() != null) {
					base = new Base(claim.stated(), null, "of " + claim.stated().toPlainString());
				}
				else {
					if (comparedBefore(sentence.text(), claim.start())) {
						continue;
					}
					base = base(sentence, claim);
					if (base == null) {
						base = those(sentences.subList(Math.max(0, index - 10), index), sentence, claim);
					}
				}
				if (base == null || claim.count().compareTo(base.value()) > 0 || base.value().signum() == 0) {
					continue;
				}
				if (list != null && claim.stated() == null && sentence.leadIn() != null) {
					listed = listed.add(claim.count());
					items++;
				}
				double computed = claim.count().doubleValue() * 100 / base.value().doubleValue();
				double stated = claim.percent().doubleValue();
				if (Math.abs(computed - stated) > Numbers.tolerance(claim.percent(), settings.toleranceUnits())) {
					findings.add(new Finding(sentence.line(claim.start()), sentence.excerpt(claim.start(), claim.end()),
							CODE,
							claim.count().toPlainString() + " of " + base.value().toPlainString() + " is "
									+ Numbers.show(computed) + "%, not " + claim.percent().toPlainString()
									+ "% (base: \"" + base.text() + "\")",
							Severity.error));
				}
			}
		}
	}

	/**
	 * A list item that sums up the items before it: 'Therefore 81.62% of referrals are
	 * completed within 3 months' after '133 referrals (62%)' and '40 referrals (19.6%)'
	 * of the list's 214 is (133 + 40) / 214 = 80.84%.
	 */
	private static void cumulative(Prose.Sentence sentence, BigDecimal listed, int items, LintSettings settings,
			List<Finding> findings) {
		Matcher m = CUMULATIVE.matcher(sentence.text());
		if (!m.find()) {
			return;
		}
		List<Base> bases = new ArrayList<>();
		collect(sentence.leadIn(), bases);
		if (bases.stream().map(Base::value).distinct().count() != 1) {
			return;
		}
		Base base = bases.get(0);
		BigDecimal percent = new BigDecimal(m.group(1));
		double computed = listed.doubleValue() * 100 / base.value().doubleValue();
		if (Math.abs(computed - percent.doubleValue()) > Numbers.tolerance(percent, settings.toleranceUnits())) {
			findings.add(new Finding(sentence.line(m.start(1)), sentence.excerpt(m.start(), m.end()), CODE,
					"The " + items + " items above it add up to " + listed.toPlainString() + " of "
							+ base.value().toPlainString() + ", which is " + Numbers.show(computed) + "%, not "
							+ percent.toPlainString() + "% (base: \"" + base.text() + "\")",
					Severity.error));
		}
	}

	/** A count with its stated percentage, and its noun when it has one. */
	record Claim(BigDecimal count, BigDecimal percent, @Nullable String noun, int start, int end,
			@Nullable BigDecimal stated) {

		Claim(BigDecimal count, BigDecimal percent, @Nullable String noun, int start, int end) {
			this(count, percent, noun, start, end, null);
		}

	}

	/** A base with its noun when it has one. */
	record Base(BigDecimal value, @Nullable String noun, String text) {
	}

	static List<Claim> claims(String text) {
		List<Claim> claims = new ArrayList<>();
		if (text.indexOf('%') < 0) {
			return claims;
		}
		Matcher m = COUNT_THEN_PERCENT.matcher(text);
		while (m.find()) {
			if (m.group(2) != null || Numbers.gluedFootnote(m.group(1))) {
				continue;
			}
			claims.add(new Claim(Numbers.value(m.group(1), null), new BigDecimal(m.group(4)), noun(m.group(3)),
					m.start(), m.end()));
		}
		m = PERCENT_THEN_COUNT.matcher(text);
		while (m.find()) {
			claims
				.add(new Claim(Numbers.value(m.group(2), null), new BigDecimal(m.group(1)), null, m.start(), m.end()));
		}
		m = RATIO_THEN_PERCENT.matcher(text);
		while (m.find()) {
			if (m.group(2) != null || Numbers.gluedFootnote(m.group(1))) {
				continue;
			}
			claims.add(new Claim(Numbers.value(m.group(1), null), new BigDecimal(m.group(6)), null, m.start(), m.end(),
					Numbers.value(m.group(4), null)));
		}
		m = PERCENT_THEN_RATIO.matcher(text);
		while (m.find()) {
			claims.add(new Claim(Numbers.value(m.group(2), null), new BigDecimal(m.group(1)), null, m.start(), m.end(),
					Numbers.value(m.group(3), null)));
		}
		m = COUNT_THEN_PERCENT_OF.matcher(text);
		while (m.find()) {
			if (m.group(2) != null || Numbers.gluedFootnote(m.group(1))) {
				continue;
			}
			claims.add(new Claim(Numbers.value(m.group(1), null), new BigDecimal(m.group(4)), null, m.start(), m.end(),
					Numbers.value(m.group(5), null)));
		}
		m = PERCENT_WORDS_COUNT.matcher(text);
		while (m.find()) {
			claims.add(new Claim(Numbers.value(m.group(3), null), new BigDecimal(m.group(1)),
					(m.group(4) != null) ? noun(m.group(4)) : null, m.start(), m.end()));
		}
		m = OF_THE_WHICH.matcher(text);
		while (m.find()) {
			claims.add(new Claim(Numbers.value(m.group(1), null), new BigDecimal(m.group(3)), null, m.start(), m.end(),
					Numbers.value(m.group(2), null)));
		}
		m = WHICH_ARE.matcher(text);
		while (m.find()) {
			if (m.group(2) != null) {
				continue;
			}
			claims.add(new Claim(Numbers.value(m.group(1), null), new BigDecimal(m.group(4)), noun(m.group(3)),
					m.start(), m.end()));
		}
		// a percentage read with its base beside it ('45 of 63 (71.4%)') is not read
		// again without it
		List<Claim> explicit = claims.stream().filter((c) -> c.stated() != null).toList();
		claims.removeIf((c) -> c.stated() == null && explicit.stream().anyMatch((e) -> e.end() == c.end()));
		return claims;
	}

	/**
	 * Whether a comparison with another time comes between the sentence's first figure
	 * and the claim ('Of the 82 referrals, ... compared to 4 (4.9%) last year'); a year
	 * that opens the sentence ('In 2014-15 there were 211,521 incidents, of which ...')
	 * is its own period, not a comparison.
	 */
	private static boolean comparedBefore(String text, int at) {
		Matcher first = FIRST_FIGURE.matcher(Dates.blankOut(text));
		int from = first.find() ? first.start() : 0;
		Matcher m = COMPARISON.matcher(text);
		while (m.find()) {
			if (m.start() >= at) {
				return false;
			}
			if (m.start() >= from) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable Base base(Prose.Sentence sentence, Claim claim) {
		Set<BigDecimal> values = new LinkedHashSet<>();
		List<Base> bases = new ArrayList<>();
		collect(sentence.text().substring(0, claim.start()), bases);
		if (bases.isEmpty() && sentence.leadIn() != null) {
			collect(sentence.leadIn(), bases);
		}
		if (bases.isEmpty() && A_OF_THESE.matcher(sentence.text().substring(claim.start())).find()) {
			// '4,012 deaths ... 784 of these had modifiable factors (20%)'
			BigDecimal figure = StatedChange.onlyFigure(sentence.text().substring(0, claim.start()));
			if (figure == null && sentence.previous() != null) {
				figure = StatedChange.onlyFigure(sentence.previous().text());
			}
			if (figure != null) {
				bases.add(new Base(figure, null, figure.toPlainString() + ", of which \"these\" are"));
			}
		}
		Matcher those = OF_THOSE.matcher(sentence.text().substring(0, claim.start()));
		if (bases.isEmpty() && those.find()) {
			BigDecimal figure = StatedChange.onlyFigure(sentence.text().substring(0, those.start()));
			if (figure != null) {
				bases.add(new Base(figure, null, "those: the " + figure.toPlainString() + " before it"));
			}
		}
		if (bases.isEmpty() && sentence.previous() != null
				&& OF_THOSE.matcher(sentence.text().substring(0, claim.start())).find()) {
			BigDecimal figure = StatedChange.onlyFigure(sentence.previous().text());
			if (figure != null) {
				bases.add(new Base(figure, null, "those: the " + figure.toPlainString() + " of the sentence before"));
			}
		}
		bases.forEach((b) -> values.add(b.value()));
		if (values.size() != 1) {
			return null;
		}
		Base base = bases.get(0);
		if (claim.noun() != null && base.noun() != null && !same(claim.noun(), base.noun())) {
			return null;
		}
		return base;
	}

	/**
	 * A list whose lead-in names its base by a noun, not a number ('Of those deaths
	 * reviewed:'): the base is the latest count of that noun in the sentences before it
	 * ('44 child deaths were reviewed'), the one with the lead-in's other word when there
	 * are several.
	 */
	private static @Nullable Base those(List<Prose.Sentence> earlier, Prose.Sentence sentence, Claim claim) {
		if (sentence.leadIn() == null) {
			return null;
		}
		Matcher m = THOSE_NOUN.matcher(sentence.leadIn());
		if (!m.find() || sentence.leadIn().matches("(?s).*\\d.*")) {
			return null;
		}
		String noun = m.group(1).toLowerCase(Locale.ROOT);
		if (claim.noun() != null && !same(claim.noun(), noun)) {
			return null;
		}
		String word = (m.group(2) != null) ? m.group(2).toLowerCase(Locale.ROOT) : null;
		Base found = null;
		for (Prose.Sentence before : earlier) {
			Matcher count = Pattern
				.compile("(?i)(?<![\\w.,£$])(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d%]|[.,]\\d)"
						+ "(?:\\s+[A-Za-z-]+){0,2}?\\s+" + Pattern.quote(noun.replaceAll("s$", "")) + "s?\\b")
				.matcher(before.text());
			while (count.find()) {
				boolean fits = word == null || before.text().toLowerCase(Locale.ROOT).contains(word);
				if (fits) {
					found = new Base(Numbers.value(count.group(1), null), noun,
							"those " + noun + ((word != null) ? " " + word : "") + ": the " + count.group(1)
									+ " at line " + before.line(count.start()));
				}
			}
		}
		return found;
	}

	private static void collect(String text, List<Base> bases) {
		Matcher m = BASE.matcher(text);
		while (m.find()) {
			String noun = noun(m.group(2));
			boolean determined = m.group().toLowerCase(Locale.ROOT).matches("(?s).*\\b(the|these|those|all)\\s+\\d.*");
			if (Numbers.gluedFootnote(m.group(1)) || (year(m.group(1)) && (noun == null || !determined))) {
				// "of 2014" is a year; "of the 1900 referrals" is a base
				continue;
			}
			String shown = m.group().substring(0, m.end(1) - m.start()).strip() + ((noun != null) ? " " + noun : "");
			bases.add(new Base(Numbers.value(m.group(1), null), noun, shown));
		}
		m = OF_WHOM.matcher(Dates.blankOut(text));
		while (m.find()) {
			bases.add(new Base(Numbers.value(m.group(1), null), noun(m.group(2)), m.group(1) + m.group(2)));
		}
	}

	private static boolean year(String digits) {
		return digits.matches("(19|20)\\d{2}");
	}

	static @Nullable String noun(@Nullable String words) {
		if (words == null) {
			return null;
		}
		for (String word : words.strip().split("\\s+")) {
			String lower = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
			if (!lower.isEmpty() && !STOP.contains(lower)) {
				return lower;
			}
		}
		return null;
	}

	static boolean same(String a, String b) {
		return singular(a).equals(singular(b));
	}

	private static String singular(String word) {
		if (word.endsWith("ies")) {
			return word.substring(0, word.length() - 3) + "y";
		}
		if (word.endsWith("s") && !word.endsWith("ss")) {
			return word.substring(0, word.length() - 1);
		}
		return word;
	}

}
