package org.assure.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.assure.reporting.AnnualReportContent.Span;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public edition of generated annual reports: no count from 1 to the threshold shows
 * anywhere (in words, in tables of figures, in tables of counts), a share worked out from
 * such a count does not show either, and every table of counts is published exactly as
 * {@link DisclosureControl} publishes it, so that no hidden cell can be worked out from
 * its totals ({@link DisclosureControlProperties} proves the component).
 */
class AnnualReportProperties {

	private static final Pattern NUMBER = Pattern.compile("(?<![\\w.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d,])");

	@Property(tries = 200)
	void thePublicEditionShowsNoSmallCount(@ForAll("counts") List<Integer> sentence,
			@ForAll("counts") List<Integer> grid, @ForAll("tables") DisclosureControl.Table table,
			@ForAll("thresholds") int threshold) {
		List<AnnualReportContent.Block> blocks = new ArrayList<>();
		List<Span> spans = new ArrayList<>();
		for (int count : sentence) {
			spans.add(Span.words("Some were counted: "));
			spans.add(Span.count(count, null));
			spans.add(Span.words(", a share of "));
			spans.add(Span.percent(count, count + 7L, null));
			spans.add(Span.words(". "));
		}
		blocks.add(new AnnualReportContent.Paragraph(spans));
		List<List<Span>> rows = new ArrayList<>();
		for (int count : grid) {
			rows.add(List.of(Span.words("A row"), Span.count(count, null), Span.percent(count, 40, null)));
		}
		blocks.add(new AnnualReportContent.Grid("Figures", List.of("What", "Count", "Share"), rows));
		blocks.add(new AnnualReportContent.CountTable("Counts", "Kind", table, null));
		AnnualReportContent.Report report = new AnnualReportContent.Report("Test", "2014-15", "2014-15",
				AnnualReportTemplate.LSCB_2015, List.of(new AnnualReportContent.Part(AnnualReportPart.LADO,
						"Allegations", List.of(new AnnualReportContent.Contribution("", blocks)))),
				List.of());
		AnnualReportRenderer renderer = new AnnualReportRenderer(report, AnnualReportEdition.PUBLIC, threshold,
				Instant.parse("2015-06-30T12:00:00Z"));
		Element body = Jsoup.parse(renderer.html(true)).body();
		body.select("h1, p.meta, p.note").remove();
		Matcher numbers = NUMBER.matcher(body.text());
		while (numbers.find()) {
			int value = Integer.parseInt(numbers.group(1).replace(",", ""));
			assertThat(value).as("a number shown in %s", body.text())
				.satisfiesAnyOf((v) -> assertThat(v).isZero(), (v) -> assertThat(v).isGreaterThan(threshold));
		}
		for (int i = 0; i < sentence.size(); i++) {
			int count = sentence.get(i);
			if (count >= 1 && count <= threshold) {
				assertThat(body.select("p").first().text())
					.doesNotContain(Span.percent(count, count + 7L, null).text());
			}
		}
		DisclosureControl.Published published = DisclosureControl.protect(table, threshold);
		Element counts = body.select("table").last();
		List<Element> cells = counts.select("tbody tr");
		for (int r = 0; r < table.rows().size(); r++) {
			List<Element> tds = cells.get(r).select("td");
			for (int c = 0; c < table.columns().size(); c++) {
				assertThat(tds.get(c).text()).isEqualTo(published.cell(r, c));
			}
			if (table.rowTotals()) {
				assertThat(tds.get(table.columns().size()).text()).isEqualTo(published.rowTotal(r));
			}
		}
		if (table.columnTotals()) {
			List<Element> tds = cells.get(table.rows().size()).select("td");
			for (int c = 0; c < table.columns().size(); c++) {
				assertThat(tds.get(c).text()).isEqualTo(published.columnTotal(c));
			}
		}
		List<String> internal = new AnnualReportRenderer(report, AnnualReportEdition.INTERNAL, threshold,
				Instant.parse("2015-06-30T12:00:00Z"))
			.lines();
		assertThat(String.join("\n", internal)).doesNotContain(">" + DisclosureControl.MARK + "<");
	}

	@Provide
	Arbitrary<List<Integer>> counts() {
		return Arbitraries
			.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(0)),
					net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(1, 5)),
					net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(6, 3000)))
			.list()
			.ofMinSize(1)
			.ofMaxSize(6);
	}

	@Provide
	Arbitrary<DisclosureControl.Table> tables() {
		return new DisclosureControlProperties().tables()
			.map((table) -> new DisclosureControl.Table(letters("row", table.rows().size()),
					letters("column", table.columns().size()), counts(table), table.rowTotals(), table.columnTotals()));
	}

	@Provide
	Arbitrary<Integer> thresholds() {
		return Arbitraries.integers().between(1, 5);
	}

	private static int[][] counts(DisclosureControl.Table table) {
		int[][] counts = new int[table.rows().size()][table.columns().size()];
		for (int r = 0; r < counts.length; r++) {
			for (int c = 0; c < counts[r].length; c++) {
				counts[r][c] = table.count(r, c);
			}
		}
		return counts;
	}

	private static List<String> letters(String what, int n) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			names.add(what + " " + (char) ('A' + i));
		}
		return names;
	}

}
