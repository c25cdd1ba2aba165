package org.assure.reporting.lint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Rates per 10,000 (1,000, 100,000) of one population that cannot all be right: each
 * count stated with its rate, '9,645 (232.9 per 10,000, 0 – 17 population)' or '1967
 * referrals, which is a rate of 329.5 per 10,000 children', gives the population the rate
 * was worked over (9,645 / 232.9 × 10,000 = 414,126). A report's rates of the same
 * population, named in the same words, give about the same population, give or take a
 * year's growth; one that gives three times another (a decimal point one place off gives
 * ten) is wrong.
 * <p>
 * Precision first: a rate is read only when its count is tied to it by its place ('N (R
 * per ...)') or by words ('N referrals, a rate of R per ...'); a rate beside England, a
 * region, statistical neighbours or an average is a benchmark and left out; rates are
 * compared only when they are per the same number and the words after them name the same
 * population (the same age band, or children, or a population); a rate whose words before
 * it, or its table row's label, may name a place ('Rutland: 80 (97.6 per 10,000)') is
 * left out, as several areas' rates are several populations' rates; and a report whose
 * rates fall into two or more groups that agree among themselves is left alone. With
 * three rates or more, the one that disagrees with the others is named; with two, the
 * first is named beside the second, as the report does not say which is wrong.
 */
final class RatePopulations implements LintRule {

	static final String CODE = "rate-population";

	/** Rates within this factor of each other are taken to be of one population. */
	private static final double SAME = 1.5;

	/** Rates this many times apart, at their nearest, cannot be of one population. */
	private static final double APART = 3;

	private static final String COUNT = "(?<![\\w.,£$])(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d%]|[.,]\\d)";

	/** 'N (' or 'N contacts (' just before the rate, perhaps with 'a rate of'. */
	private static final Pattern BRACKETED = Pattern
		.compile("(?i)" + COUNT + "\\s*(?:[a-z][\\w'’ -]{0,40})?\\(\\s*(?:a\\s+rate\\s+of\\s+|rate:?\\s+)?$");

	/** 'N referrals, which is a year-end rate of' just before the rate. */
	private static final Pattern WORDED = Pattern.compile(
			"(?i)" + COUNT + "(?:\\s+[a-z][\\w'’-]*[,;]?){1,10}?\\s+(?:a|an)\\s+(?:[a-z-]+\\s+){0,2}?rate\\s+of\\s+$");

	/** Words that make a figure a benchmark rather than the report's own. */
	private static final Pattern BENCHMARK = Pattern.compile("(?i)\\b(?:england|english|national(?:ly)?|statistical\\s+"
			+ "(?:near\\s+)?neighbou?rs?|SNs?|region(?:al|ally)?|comparators?|wales|welsh|scotland|northern\\s+ireland|"
			+ "uk|great\\s+britain|average|median|quartile|benchmark\\w*)\\b");

	private static final Pattern CAPITALISED = Pattern.compile("\\b[A-Z][\\w'’-]*");

	/**
	 * Capitalised words that name no place: a sentence's usual openings, months, and the
	 * words of children's services.
	 */
	private static final Pattern SERVICE_WORDS = Pattern.compile("(?:in|at|during|the|there|this|these|that|of|by|from|"
			+ "for|over|our|we|a|an|and|all|total|overall|number|numbers|rate|rates|new|initial|repeat|re-referrals?|"
			+ "first-time|since|between|across|as|on|to|with|within|year|years|quarter|month|q[1-4]|"
			+ "january|february|march|april|may|june|july|august|september|october|november|december|"
			+ "referrals?|contacts?|assessments?|plans?|child|children|children's|childrens|protection|looked|after|"
			+ "care|cared|need|needs|enquiry|enquiries|section|conferences?|strategy|discussions?|young|people|persons?|"
			+ "missing|exploitation|allegations?|deaths?|adoptions?|adopted|fostering|foster|leavers?|entrants|"
			+ "offending|offences?|exclusions?|attendances?|admissions?|episodes?|placements?|early|help|family|"
			+ "families|notifications?|private|privately|fostered|domestic|abuse|incidents?|cases?|open|ongoing|"
			+ "subject|starting|started|ceasing|ceased|becoming|became|under|aged|boys|girls|male|female|infants?|"
			+ "unborn|disabled|disability|unaccompanied|asylum|seeking|s47|cin|cp|cla|lac|uasc|social|services?|"
			+ "board|partnership|safeguarding|trust|council|authority|local|designated|officer|multi-agency|agency|"
			+ "agencies|police|health|schools?|education|front|door|hub|team|teams)");

	/** A column headed as a rate: 'Rate per 10,000 children', 'per 10k'. */
	private static final Pattern RATE_HEADER = Pattern
		.compile("(?i)\\bper\\s+(10,000|10000|10k|100,000|100000|1,000|1000)\\b(.{0,60})");

	private static final Pattern BAND = Pattern.compile("(\\d{1,2})\\s*(?:-|–|—|to)\\s*(\\d{1,2})\\b");

	private static final Pattern UNDER = Pattern
		.compile("(?i)\\b(?:under|below)\\s*-?\\s*(\\d{1,2})s?\\b|\\bu(\\d{2})s?\\b");

	private static final Pattern CHILDREN = Pattern
		.compile("(?i)\\b(?:child|children|children's|young\\s+people|year\\s+olds|pupils)\\b");

	private static final Pattern POPULATION = Pattern.compile("(?i)\\b(?:population|residents|people)\\b");

	/**
	 * A count stated with its rate.
	 *
	 * @param count the count
	 * @param rate the rate as stated
	 * @param per 10,000, 1,000 or 100,000
	 * @param population the population whose words follow the rate ('0-17', 'children')
	 * @param line the rate's line
	 * @param excerpt the count and the rate as written
	 * @param low the least population the rate can have been worked over, within its
	 * rounding
	 * @param high the greatest
	 */
	record Stated(BigDecimal count, BigDecimal rate, BigDecimal per, String population, int line, String excerpt,
			double low, double high) {

		/**
		 * A count stated with its rate, the population it implies bounded by the rate's
		 * rounding.
		 * @return the rate, or null when its rounding reaches down to nothing
		 */
		static @Nullable Stated of(BigDecimal count, BigDecimal rate, BigDecimal per, String population, int line,
				String excerpt, double toleranceUnits) {
			double tolerance = Numbers.tolerance(rate, toleranceUnits);
			if (count.signum() <= 0 || rate.doubleValue() - tolerance <= 0) {
				return null;
			}
			double people = count.doubleValue() * per.doubleValue();
			return new Stated(count, rate, per, population, line, excerpt, people / (rate.doubleValue() + tolerance),
					people / (rate.doubleValue() - tolerance));
		}

		/**
		 * Rates are compared only with rates per the same number of the same population.
		 */
		String key() {
			return this.per.toPlainString() + " " + this.population;
		}

		double implied() {
			return this.count.doubleValue() * this.per.doubleValue() / this.rate.doubleValue();
		}

		String said() {
			return this.count.toPlainString() + " at " + this.rate.toPlainString() + " per "
					+ String.format(Locale.ROOT, "%,d", this.per.intValue());
		}

	}

	@Override
	public void check(LintDocument document, List<Prose.Sentence> sentences, LintSettings settings,
			List<Finding> findings) {
		List<Stated> all = new ArrayList<>();
		for (Prose.Sentence sentence : sentences) {
			String lower = sentence.text().toLowerCase(Locale.ROOT);
			if (lower.contains("per ") || lower.contains("every ")) {
				all.addAll(stated(sentence, settings.toleranceUnits()));
			}
		}
		all.addAll(inTables(document.lines(), settings.toleranceUnits()));
		Map<String, List<Stated>> byPopulation = new LinkedHashMap<>();
		for (Stated stated : all) {
			byPopulation.computeIfAbsent(stated.key(), (key) -> new ArrayList<>()).add(stated);
		}
		for (List<Stated> rates : byPopulation.values()) {
			if (rates.size() >= 2) {
				compare(rates, findings);
			}
		}
	}

	/** The counts stated with their rates in a sentence. */
	static List<Stated> stated(Prose.Sentence sentence, double toleranceUnits) {
		String text = sentence.blank();
		List<Stated> found = new ArrayList<>();
		Matcher per = Rates.PER.matcher(text);
		while (per.find()) {
			// the count is read from the words just before the rate, never from far back
			int from = Math.max(0, per.start() - 200);
			String before = text.substring(from, per.start());
			Matcher count = BRACKETED.matcher(before);
			if (!count.find()) {
				count = WORDED.matcher(before);
				if (!count.find()) {
					continue;
				}
			}
			String digits = count.group(1);
			String head = text.substring(0, from + count.start(1));
			if (Numbers.yearLike(text, from + count.start(1), digits) || Numbers.gluedFootnote(digits)
					|| BENCHMARK.matcher(head).find() || BENCHMARK.matcher(before).find() || place(head)) {
				continue;
			}
			String after = text.substring(per.end());
			int stop = 0;
			while (stop < after.length() && stop < 60 && ".;:)(".indexOf(after.charAt(stop)) < 0) {
				stop++;
			}
			String words = after.substring(0, stop);
			if (BENCHMARK.matcher(words).find()) {
				continue;
			}
			Stated stated = Stated.of(Numbers.value(digits, null), Numbers.value(per.group(1), per.group(2)),
					Numbers.per(per.group(3)), population(words), sentence.line(per.start()),
					sentence.excerpt(from + count.start(1), per.end()), toleranceUnits);
			if (stated != null) {
				found.add(stated);
			}
		}
		return found;
	}

	/**
	 * The counts and rates of tables: a column headed as a rate per 10,000 (1,000,
	 * 100,000) read with the nearest column before it whose cells are counts; a
	 * benchmark's column or row (England, statistical neighbours, an average) is left
	 * out.
	 */
	static List<Stated> inTables(List<LintLine> lines, double toleranceUnits) {
		List<Stated> found = new ArrayList<>();
		int start = 0;
		while (start < lines.size()) {
			if (!lines.get(start).row()) {
				start++;
				continue;
			}
			int end = start;
			while (end < lines.size() && lines.get(end).row()) {
				end++;
			}
			table(lines.subList(start, end), toleranceUnits, found);
			start = end;
		}
		return found;
	}

	private static void table(List<LintLine> rows, double toleranceUnits, List<Stated> found) {
		List<String> header = rows.get(0).cells();
		for (int rate = 1; rate < header.size(); rate++) {
			Matcher per = RATE_HEADER.matcher(header.get(rate));
			if (!per.find() || BENCHMARK.matcher(header.get(rate)).find()) {
				continue;
			}
			int count = countColumn(rows, rate);
			if (count < 0) {
				continue;
			}
			BigDecimal unit = Numbers.per(per.group(1));
			String population = population(per.group(2));
			for (LintLine row : rows.subList(1, rows.size())) {
				List<String> cells = row.cells();
				if (cells.size() <= rate || BENCHMARK.matcher(cells.get(0)).find() || place(cells.get(0))) {
					continue;
				}
				BigDecimal n = Numbers.parse(cells.get(count));
				BigDecimal r = Numbers.parse(cells.get(rate));
				Stated stated = (n == null || r == null || n.scale() > 0) ? null : Stated.of(n, r, unit, population,
						row.number(), cells.get(0) + " " + cells.get(count) + " " + cells.get(rate), toleranceUnits);
				if (stated != null) {
					found.add(stated);
				}
			}
		}
	}

	/**
	 * The nearest column before a rate's whose header is not a rate, a share or a
	 * benchmark and whose cells are mostly whole numbers; -1 when there is none.
	 */
	private static int countColumn(List<LintLine> rows, int rate) {
		List<String> header = rows.get(0).cells();
		for (int column = rate - 1; column >= 1; column--) {
			String name = header.get(column);
			if (RATE_HEADER.matcher(name).find() || BENCHMARK.matcher(name).find() || name.contains("%")
					|| name.toLowerCase(Locale.ROOT).contains("rate")) {
				continue;
			}
			int counts = 0;
			int cells = 0;
			for (LintLine row : rows.subList(1, rows.size())) {
				if (row.cells().size() > column && !row.cells().get(column).isBlank()) {
					cells++;
					BigDecimal value = Numbers.parse(row.cells().get(column));
					if (value != null && value.scale() == 0) {
						counts++;
					}
				}
			}
			if (cells > 0 && counts * 2 > cells) {
				return column;
			}
		}
		return -1;
	}

	/**
	 * Whether some words name what may be a place ('Rutland: 80 (97.6 per 10,000)', a
	 * table's row 'Leicester'): a capitalised word that is not a sentence's usual
	 * opening, a month, an acronym or a word of children's services. Rates of several
	 * areas are rates of several populations, and are not compared.
	 */
	static boolean place(String words) {
		Matcher word = CAPITALISED.matcher(words);
		while (word.find()) {
			String found = word.group();
			if (!found.equals(found.toUpperCase(Locale.ROOT))
					&& !SERVICE_WORDS.matcher(found.toLowerCase(Locale.ROOT)).matches()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The population a rate's words name, as a key: an age band ('0-17'), else
	 * 'children', else 'population', else '' (no words).
	 */
	static String population(String words) {
		Matcher band = BAND.matcher(words);
		if (band.find()) {
			return band.group(1) + "-" + band.group(2);
		}
		Matcher under = UNDER.matcher(words);
		if (under.find()) {
			int age = Integer.parseInt((under.group(1) != null) ? under.group(1) : under.group(2));
			return "0-" + (age - 1);
		}
		if (CHILDREN.matcher(words).find()) {
			return "children";
		}
		return POPULATION.matcher(words).find() ? "population" : "";
	}

	/**
	 * Compares the rates of one population: groups those that agree, and names a rate
	 * that stands apart from a group of two or more, or the first of two that disagree.
	 */
	private static void compare(List<Stated> rates, List<Finding> findings) {
		List<Stated> sorted = new ArrayList<>(rates);
		sorted.sort(Comparator.comparingDouble(Stated::implied));
		List<List<Stated>> groups = new ArrayList<>();
		for (Stated rate : sorted) {
			List<Stated> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
			if (last != null && rate.implied() <= last.get(0).implied() * SAME) {
				last.add(rate);
			}
			else {
				List<Stated> group = new ArrayList<>();
				group.add(rate);
				groups.add(group);
			}
		}
		if (groups.size() < 2) {
			return;
		}
		List<List<Stated>> several = groups.stream().filter((group) -> group.size() >= 2).toList();
		if (several.size() > 1) {
			return;
		}
		if (several.size() == 1) {
			List<Stated> agreed = several.get(0);
			for (List<Stated> group : groups) {
				if (group != agreed && apart(group.get(0), agreed)) {
					findings.add(finding(group.get(0), agreed));
				}
			}
			return;
		}
		if (groups.size() == 2 && apart(rates.get(0), List.of(rates.get(1)))) {
			findings.add(finding(rates.get(0), List.of(rates.get(1))));
		}
	}

	/**
	 * Whether a rate cannot be of the others' population even at the ends of rounding.
	 */
	private static boolean apart(Stated rate, List<Stated> others) {
		for (Stated other : others) {
			boolean near = rate.high() * APART > other.low() && other.high() * APART > rate.low();
			if (near) {
				return false;
			}
		}
		return true;
	}

	private static Finding finding(Stated rate, List<Stated> others) {
		double population = others.stream().mapToDouble(Stated::implied).sum() / others.size();
		String named = others.stream()
			.map((other) -> other.said() + " (line " + other.line() + ")")
			.reduce((a, b) -> a + " and " + b)
			.orElse("");
		double over = rate.count().doubleValue() * rate.per().doubleValue() / population;
		String message = rate.said() + " implies a population of " + whole(rate.implied()) + ", but " + named
				+ ((others.size() == 1) ? " implies " : " imply ") + whole(population) + " for the same population"
				+ (rate.population().isEmpty() ? "" : " (" + rate.population() + ")") + ": "
				+ ((others.size() == 1) ? "one of the two rates is wrong" : "this rate is wrong") + "; over "
				+ whole(population) + ", " + rate.count().toPlainString() + " is " + Numbers.show(over) + " per "
				+ String.format(Locale.ROOT, "%,d", rate.per().intValue()) + ", not " + rate.rate().toPlainString();
		return new Finding(rate.line(), rate.excerpt(), CODE, message, Severity.warning);
	}

	private static String whole(double value) {
		return String.format(Locale.ROOT, "%,d", Math.round(value));
	}

}
