package org.assure.reporting.lint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text generated with correct arithmetic gets no finding; the same text with one figure
 * corrupted gets exactly one, at that figure's line.
 */
class LinterProperties {

	private static final List<String> NOUNS = List.of("referrals", "assessments", "conferences", "complaints",
			"allegations", "reviews", "audits", "visits");

	private final Linter linter = new Linter(LintSettings.DEFAULTS);

	/** One checkable fact: its line's text when right, and when corrupted. */
	record Fact(String right, String wrong) {
	}

	@Property(tries = 200)
	void correctArithmeticGetsNoFinding(@ForAll("documents") List<Fact> facts) {
		assertThat(this.linter.lint(document(facts, -1))).isEmpty();
	}

	@Property(tries = 200)
	void oneCorruptedFigureGetsExactlyOneFinding(@ForAll("documents") List<Fact> facts, @ForAll("indexes") int pick) {
		int corrupted = pick % facts.size();
		List<Finding> findings = this.linter.lint(document(facts, corrupted));
		assertThat(findings).hasSize(1);
		assertThat(findings.get(0).line()).isEqualTo(lineOf(facts, corrupted));
	}

	@Property(tries = 300)
	void anyNumberWrittenInWordsIsReadBack(@ForAll @IntRange(min = 0, max = 999_999_999) int n,
			@ForAll boolean hyphens) {
		assertThat(NumberWords.value(inWords(n, hyphens))).isEqualTo((long) n);
	}

	private static final String[] SMALL = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
			"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
			"nineteen" };

	private static final String[] TENS = { "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
			"ninety" };

	/**
	 * A number in words the British way: 'one million, two hundred and three thousand and
	 * four'.
	 */
	private static String inWords(int n, boolean hyphens) {
		if (n == 0) {
			return "zero";
		}
		List<String> parts = new java.util.ArrayList<>();
		int[] scales = { 1_000_000, 1_000, 1 };
		String[] names = { " million", " thousand", "" };
		for (int i = 0; i < scales.length; i++) {
			int group = (n / scales[i]) % 1000;
			if (group == 0) {
				continue;
			}
			String words = belowThousand(group, hyphens);
			if (i == 2 && group < 100 && !parts.isEmpty()) {
				words = "and " + words;
			}
			parts.add(words + names[i]);
		}
		return String.join(", ", parts);
	}

	private static String belowThousand(int n, boolean hyphens) {
		String hundreds = (n >= 100) ? SMALL[n / 100] + " hundred" : "";
		int rest = n % 100;
		String tens = (rest == 0) ? "" : (rest < 20) ? SMALL[rest]
				: TENS[rest / 10] + ((rest % 10 == 0) ? "" : (hyphens ? "-" : " ") + SMALL[rest % 10]);
		if (hundreds.isEmpty()) {
			return tens;
		}
		return tens.isEmpty() ? hundreds : hundreds + " and " + tens;
	}

	private static LintDocument document(List<Fact> facts, int corrupted) {
		StringBuilder text = new StringBuilder("A report written for the linter's tests.\n\n");
		for (int i = 0; i < facts.size(); i++) {
			text.append((i == corrupted) ? facts.get(i).wrong() : facts.get(i).right()).append("\n\n");
		}
		return LintDocument.ofText("generated.txt", text.toString());
	}

	/**
	 * Each fact is one line (a table: its total or tick line), after two lines of
	 * heading.
	 */
	private static int lineOf(List<Fact> facts, int index) {
		int line = 3;
		for (int i = 0; i < index; i++) {
			line += facts.get(i).right().split("\n", -1).length + 1;
		}
		Fact fact = facts.get(index);
		String[] right = fact.right().split("\n", -1);
		String[] wrong = fact.wrong().split("\n", -1);
		for (int i = 0; i < right.length; i++) {
			if (!right[i].equals(wrong[i])) {
				return line + i;
			}
		}
		return line;
	}

	@Provide
	Arbitrary<Integer> indexes() {
		return Arbitraries.integers().between(0, 1000);
	}

	@Provide
	Arbitrary<List<Fact>> documents() {
		Arbitrary<Fact> fact = Arbitraries.oneOf(percentOfBase(), change(), total(), ticks(), ratio(), fromTo(),
				comprising(), sharesAndParts(), rates());
		return fact.list().ofMinSize(1).ofMaxSize(8).map(LinterProperties::distinctNouns);
	}

	/** Different nouns per fact, so that no two facts share a quantity. */
	private static List<Fact> distinctNouns(List<Fact> facts) {
		List<Fact> out = new ArrayList<>();
		for (int i = 0; i < facts.size(); i++) {
			String tag = "n" + i;
			out.add(new Fact(facts.get(i).right().replace("NOUN", tag + NOUNS.get(i % NOUNS.size())),
					facts.get(i).wrong().replace("NOUN", tag + NOUNS.get(i % NOUNS.size()))));
		}
		return out;
	}

	private static Arbitrary<Fact> percentOfBase() {
		return Combinators
			.combine(Arbitraries.integers().between(1, 5000), Arbitraries.doubles().between(0, 1),
					Arbitraries.integers().between(0, 1))
			.as((base, share, places) -> {
				int count = (int) Math.floor(base * share);
				BigDecimal percent = BigDecimal.valueOf(count * 100.0 / base).setScale(places, RoundingMode.HALF_UP);
				BigDecimal wrong = percent.add(BigDecimal.valueOf(3)).setScale(places, RoundingMode.HALF_UP);
				String sentence = "Of the " + base + " NOUN received, " + count + " NOUN (%s%%) were seen in time.";
				return new Fact(String.format(sentence, percent.toPlainString()),
						String.format(sentence, wrong.toPlainString()));
			});
	}

	private static Arbitrary<Fact> change() {
		return Combinators
			.combine(Arbitraries.integers().between(10, 5000), Arbitraries.integers().between(10, 5000),
					Arbitraries.integers().between(0, 1))
			.as((from, to, places) -> {
				double actual = (to - from) * 100.0 / from;
				String word = (actual >= 0) ? "an increase" : "a decrease";
				BigDecimal percent = BigDecimal.valueOf(Math.abs(actual)).setScale(places, RoundingMode.HALF_UP);
				BigDecimal wrong = percent.add(BigDecimal.valueOf(5)).setScale(places, RoundingMode.HALF_UP);
				String sentence = "The NOUN moved: " + word + " of %s%% from " + from + " to " + to + ".";
				return new Fact(String.format(sentence, percent.toPlainString()),
						String.format(sentence, wrong.toPlainString()));
			});
	}

	private static Arbitrary<Fact> total() {
		return Arbitraries.integers().between(0, 900).list().ofMinSize(2).ofMaxSize(6).map((parts) -> {
			StringBuilder table = new StringBuilder("Agency\tNOUN\n");
			int sum = 0;
			for (int i = 0; i < parts.size(); i++) {
				table.append("Agency ").append(i + 1).append('\t').append(parts.get(i)).append('\n');
				sum += parts.get(i);
			}
			String head = table.toString();
			return new Fact(head + "Total\t" + sum, head + "Total\t" + (sum + 7));
		});
	}

	private static Arbitrary<Fact> ticks() {
		return Arbitraries.integers().between(0, 1).list().ofMinSize(2).ofMaxSize(6).map((marks) -> {
			StringBuilder row = new StringBuilder("Member for NOUN");
			int ticks = 0;
			for (int mark : marks) {
				row.append('\t').append((mark == 1) ? "✓" : "x");
				ticks += mark;
			}
			long percent = Math.round(ticks * 100.0 / marks.size());
			long wrong = (percent >= 50) ? percent - 20 : percent + 20;
			return new Fact("Seat" + "\t".repeat(marks.size()) + "\t%\n" + row + "\t" + percent,
					"Seat" + "\t".repeat(marks.size()) + "\t%\n" + row + "\t" + wrong);
		});
	}

	/** 'We trained 339 NOUN out of 381 (89%).' */
	private static Arbitrary<Fact> ratio() {
		return Combinators.combine(Arbitraries.integers().between(10, 5000), Arbitraries.doubles().between(0.05, 0.95))
			.as((base, share) -> {
				int count = (int) Math.floor(base * share);
				long percent = Math.round(count * 100.0 / base);
				long wrong = (percent >= 50) ? percent - 9 : percent + 9;
				String sentence = "This quarter %d NOUN out of " + base + " (%d%%) were seen on time.";
				return new Fact(String.format(sentence, count, percent), String.format(sentence, count, wrong));
			});
	}

	/** 'NOUN fell from A in 2013/14 to B in 2014/15, a decrease of P%.' */
	private static Arbitrary<Fact> fromTo() {
		return Combinators.combine(Arbitraries.integers().between(100, 5000), Arbitraries.integers().between(100, 5000))
			.as((from, to) -> {
				double actual = (to - from) * 100.0 / from;
				String word = (actual >= 0) ? "an increase" : "a decrease";
				BigDecimal percent = BigDecimal.valueOf(Math.abs(actual)).setScale(1, RoundingMode.HALF_UP);
				BigDecimal wrong = percent.add(BigDecimal.valueOf(4)).setScale(1, RoundingMode.HALF_UP);
				String sentence = "The NOUN went from " + from + " in 2013/14 to " + to + " in 2014/15, " + word
						+ " of %s%%.";
				return new Fact(String.format(sentence, percent.toPlainString()),
						String.format(sentence, wrong.toPlainString()));
			});
	}

	/**
	 * 'A total of 1445 NOUN, comprising 993 new NOUN and 452 repeat NOUN, were received.'
	 */
	private static Arbitrary<Fact> comprising() {
		return Combinators.combine(Arbitraries.integers().between(1, 3000), Arbitraries.integers().between(1, 3000))
			.as((a, b) -> {
				String sentence = "A total of %d NOUN, comprising " + a + " new NOUN and " + b
						+ " repeat NOUN, were received.";
				return new Fact(String.format(sentence, a + b), String.format(sentence, a + b + 11));
			});
	}

	/** 'Overall, 95% of NOUN were rated good (25%) or outstanding (70%).' */
	private static Arbitrary<Fact> sharesAndParts() {
		return Combinators.combine(Arbitraries.integers().between(0, 50), Arbitraries.integers().between(0, 50))
			.as((a, b) -> {
				String sentence = "Overall, %d%% of NOUN were rated as good (" + a + "%%) or outstanding (" + b
						+ "%%).";
				return new Fact(String.format(sentence, a + b), String.format(sentence, a + b + 7));
			});
	}

	/** The child population every rate of a generated document is worked over. */
	private static final int CHILDREN = 52_000;

	/**
	 * 'There were A NOUN, a rate of R per 10,000 children.' and a second count's rate, of
	 * one population; corrupted, the first rate's decimal point is one place off.
	 */
	private static Arbitrary<Fact> rates() {
		return Combinators
			.combine(Arbitraries.integers().between(50, 20_000), Arbitraries.integers().between(50, 20_000))
			.as((a, b) -> {
				String first = "There were " + String.format(Locale.ROOT, "%,d", a)
						+ " NOUN, a rate of %s per 10,000 children.";
				String second = "\n\nThere were " + String.format(Locale.ROOT, "%,d", b) + " more NOUN, a rate of "
						+ rate(b) + " per 10,000 children.";
				String wrong = BigDecimal.valueOf(a * 100_000.0 / CHILDREN)
					.setScale(1, RoundingMode.HALF_UP)
					.toPlainString();
				return new Fact(String.format(first, rate(a)) + second, String.format(first, wrong) + second);
			});
	}

	private static String rate(int count) {
		return BigDecimal.valueOf(count * 10_000.0 / CHILDREN).setScale(1, RoundingMode.HALF_UP).toPlainString();
	}

}
