package org.assure.reporting.lint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Percentages that must agree with each other in running text:
 * <ul>
 * <li>a share and its parts: '95% of contacts were rated as good (25%) or outstanding
 * (70%)' (25 + 70 = 95);</li>
 * <li>a breakdown of one whole after a colon: 'CDOP categorised the 56 deaths as: 48.2%
 * ..., 30.4% ..., 10.7% ...' cannot add up to more than 100% (nor, when it is said to
 * categorise or classify the whole, to less);</li>
 * <li>a share said to be below or above a target or threshold: '19.3% ..., which was
 * below the threshold of 18%'.</li>
 * </ul>
 * Each percentage may be off by half a unit of its last place (the tolerance), so a
 * breakdown of six whole percentages may add up to anything from 97% to 103%.
 */
final class Shares implements LintRule {

	static final String PARTS = "share-parts";

	static final String BREAKDOWN = "breakdown-sum";

	static final String COMPARISON = "comparison";

	private static final String PERCENT = "(\\d+(?:\\.\\d+)?)\\s*%";

	/** '95% of contacts were rated as good (25%) or outstanding (70%)'. */
	private static final Pattern SHARE_AND_PARTS = Pattern
		.compile("(?<![\\w.])" + PERCENT + "(?:\\s+[A-Za-z][\\w'-]*){1,8}?\\s+\\(\\s*" + PERCENT
				+ "\\s*\\)\\s+(?:or|and)\\s+(?:[A-Za-z][\\w'-]*\\s+){1,4}?\\(\\s*" + PERCENT + "\\s*\\)");

	/** What parts two items of a list: a comma or 'and'. */
	private static final Pattern SEPARATOR = Pattern.compile(",|\\band\\b");

	/** 'P% of ...': a share of something named after it. */
	private static final Pattern OF_AFTER = Pattern.compile("\\s+of\\b");

	private static final Pattern ITEM = Pattern.compile("(?<![\\w.])" + PERCENT);

	/** 'categorised ... as:', 'classified ... as:': a breakdown of the whole. */
	private static final Pattern WHOLE = Pattern
		.compile("(?i)\\b(?:categori[sz]ed|classified|broken\\s+down|split|distributed)\\b[^:]*:\\s*$");

	private static final Pattern TARGETS = Pattern
		.compile("(?i)\\b(?:targets?|thresholds?|goals?|aims?|settings?|benchmarks?|tolerances?)\\b");

	/** '(56.5% vs 43.5%)'. */
	private static final Pattern PAIR = Pattern
		.compile("\\(\\s*" + PERCENT + "\\s*(?:vs\\.?|versus|and|to|/)\\s*" + PERCENT + "\\s*\\)");

	private static final Pattern MALE = Pattern.compile("\\b(?:male|males|boys|men)\\b");

	private static final Pattern FEMALE = Pattern.compile("\\b(?:female|females|girls|women)\\b");

	/** 'below the threshold of 18%', 'above the England average of 21.5%'. */
	private static final Pattern AGAINST = Pattern
		.compile("(?i)\\b(below|under|lower\\s+than|less\\s+than|within|above|"
				+ "over|higher\\s+than|more\\s+than|exceeding|exceeded|exceeds)\\s+(?:the\\s+|our\\s+|its\\s+|their\\s+)?"
				+ "(?:[\\w'’-]+\\s+){0,3}?(?:target|threshold|average|benchmark|goal|aim|limit)\\s+(?:of\\s+)?"
				+ PERCENT);

	@Override
	public void check(LintDocument document, List<Prose.Sentence> sentences, LintSettings settings,
			List<Finding> findings) {
		for (Prose.Sentence sentence : sentences) {
			shareAndParts(sentence, settings, findings);
			breakdown(sentence, settings, findings);
			sexes(sentence, settings, findings);
			against(sentence, findings);
		}
	}

	private static void shareAndParts(Prose.Sentence sentence, LintSettings settings, List<Finding> findings) {
		Matcher m = SHARE_AND_PARTS.matcher(sentence.text());
		while (m.find()) {
			BigDecimal whole = new BigDecimal(m.group(1));
			BigDecimal a = new BigDecimal(m.group(2));
			BigDecimal b = new BigDecimal(m.group(3));
			double allowed = Numbers.tolerance(whole, settings.toleranceUnits())
					+ Numbers.tolerance(a, settings.toleranceUnits()) + Numbers.tolerance(b, settings.toleranceUnits());
			double sum = a.doubleValue() + b.doubleValue();
			if (Math.abs(sum - whole.doubleValue()) > allowed) {
				findings.add(new Finding(sentence.line(m.start()), sentence.excerpt(m.start(), m.end()), PARTS,
						a.toPlainString() + "% + " + b.toPlainString() + "% = " + Numbers.show(sum) + "%, not "
								+ whole.toPlainString() + "%",
						Severity.error));
			}
		}
	}

	private static void breakdown(Prose.Sentence sentence, LintSettings settings, List<Finding> findings) {
		String text = sentence.text();
		int colon = text.indexOf(':');
		if (colon < 0) {
			return;
		}
		String rest = text.substring(colon + 1);
		int next = rest.indexOf(':');
		if (next >= 0) {
			rest = rest.substring(0, next);
		}
		List<BigDecimal> shares = new ArrayList<>();
		Matcher item = ITEM.matcher(rest);
		int last = -1;
		while (item.find()) {
			if (last >= 0) {
				String gap = rest.substring(last, item.start());
				if (!SEPARATOR.matcher(gap).find() || gap.matches("(?s).*\\d.*")) {
					return;
				}
			}
			if (OF_AFTER.matcher(rest.substring(item.end())).lookingAt()) {
				// '20% of referrals, 30% of assessments': shares of different wholes
				return;
			}
			shares.add(new BigDecimal(item.group(1)));
			last = item.end();
		}
		if (shares.size() < 3 || shares.stream().anyMatch((share) -> share.compareTo(BigDecimal.valueOf(100)) >= 0)
				|| TARGETS.matcher(text).find()) {
			// a share of 100% or more, or targets and thresholds: not parts of one whole
			return;
		}
		double sum = shares.stream().mapToDouble(BigDecimal::doubleValue).sum();
		double allowed = shares.stream()
			.mapToDouble((share) -> Numbers.tolerance(share, settings.toleranceUnits()))
			.sum();
		boolean whole = WHOLE.matcher(text.substring(0, colon + 1)).find();
		if (sum > 100 + allowed || (whole && sum < 100 - allowed)) {
			List<String> shown = shares.stream().map((share) -> share.toPlainString()).toList();
			findings.add(new Finding(sentence.line(colon), sentence.excerpt(colon + 1, text.length()), BREAKDOWN,
					"The shares of the breakdown add up to " + String.join(" + ", shown) + " = " + Numbers.show(sum)
							+ "%, not 100%",
					Severity.error));
		}
	}

	/**
	 * 'more boys than girls died (56.5% vs 43.5%)', '76% of notifications were male with
	 * 24% female': the two shares of a split by sex cannot add up to more than 100%.
	 */
	private static void sexes(Prose.Sentence sentence, LintSettings settings, List<Finding> findings) {
		String lower = sentence.text().toLowerCase(Locale.ROOT);
		if (!MALE.matcher(lower).find() || !FEMALE.matcher(lower).find()) {
			return;
		}
		List<BigDecimal> shares = new ArrayList<>();
		int start = -1;
		int end = 0;
		Matcher pair = PAIR.matcher(sentence.text());
		if (pair.find()) {
			shares.add(new BigDecimal(pair.group(1)));
			shares.add(new BigDecimal(pair.group(2)));
			start = pair.start();
			end = pair.end();
		}
		else {
			Matcher item = ITEM.matcher(sentence.text());
			while (item.find()) {
				shares.add(new BigDecimal(item.group(1)));
				start = (start < 0) ? item.start() : start;
				end = item.end();
			}
		}
		if (shares.size() != 2) {
			return;
		}
		double sum = shares.get(0).doubleValue() + shares.get(1).doubleValue();
		double allowed = Numbers.tolerance(shares.get(0), settings.toleranceUnits())
				+ Numbers.tolerance(shares.get(1), settings.toleranceUnits());
		if (sum > 100 + allowed) {
			findings.add(new Finding(sentence.line(start), sentence.excerpt(start, end), BREAKDOWN,
					"The shares by sex add up to " + shares.get(0).toPlainString() + " + "
							+ shares.get(1).toPlainString() + " = " + Numbers.show(sum) + "%, more than 100%",
					Severity.error));
		}
	}

	private static void against(Prose.Sentence sentence, List<Finding> findings) {
		int clauseStart = 0;
		String text = sentence.text();
		Matcher m = AGAINST.matcher(text);
		while (m.find()) {
			int semicolon = text.lastIndexOf(';', m.start());
			clauseStart = Math.max(clauseStart, semicolon + 1);
			List<BigDecimal> before = new ArrayList<>();
			Matcher share = ITEM.matcher(text.substring(clauseStart, m.start()));
			while (share.find()) {
				before.add(new BigDecimal(share.group(1)));
			}
			if (before.size() != 1) {
				continue;
			}
			BigDecimal value = before.get(0);
			BigDecimal mark = new BigDecimal(m.group(2));
			String word = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
			boolean below = word.matches("below|under|lower than|less than|within");
			int compared = value.compareTo(mark);
			boolean wrong = below ? (word.equals("within") ? compared > 0 : compared >= 0) : compared <= 0;
			if (wrong) {
				findings.add(new Finding(sentence.line(m.start()), sentence.excerpt(m.start(), m.end()), COMPARISON,
						value.toPlainString() + "% is "
								+ ((compared > 0) ? "above" : (compared < 0) ? "below" : "equal to") + " "
								+ mark.toPlainString() + "%, not " + word + " it",
						Severity.error));
			}
		}
	}

}
