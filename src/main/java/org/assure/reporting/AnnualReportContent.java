package org.assure.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What an annual report says, as the modules give it: parts made of blocks, and blocks
 * made of words and figures. A figure keeps the counts it shows or is worked out from, so
 * that the public edition can hide counts from 1 to the threshold (and anything that
 * reveals one), and keeps where it comes from, so that the web edition can link it to its
 * definition, period and records.
 */
public final class AnnualReportContent {

	private AnnualReportContent() {
	}

	/**
	 * Where a figure comes from.
	 *
	 * @param definition what is counted, in words
	 * @param period the period it covers, in words
	 * @param source the records, returns or import batches behind it
	 * @param link the page that shows it (relative to Assure), for signed-in users
	 * allowed to see it; null when there is none
	 */
	public record Trace(String definition, String period, String source, @Nullable String link) {
	}

	/**
	 * A run of words, or a figure.
	 *
	 * @param text what the internal edition shows
	 * @param counts the counts of people or cases it shows or is worked out from; a count
	 * from 1 to the threshold hides it in the public edition
	 * @param trace where a figure comes from; null for words
	 */
	public record Span(String text, List<Long> counts, @Nullable Trace trace) {

		/**
		 * Words.
		 * @param text the words
		 * @return the span
		 */
		public static Span words(String text) {
			return new Span(text, List.of(), null);
		}

		/**
		 * A count, shown with thousands separated.
		 * @param count the count
		 * @param trace where it comes from
		 * @return the span
		 */
		public static Span count(long count, @Nullable Trace trace) {
			return new Span(String.format(Locale.UK, "%,d", count), List.of(count), trace);
		}

		/**
		 * A share, shown to one decimal place.
		 * @param part the part
		 * @param whole the whole
		 * @param trace where it comes from
		 * @return the span
		 */
		public static Span percent(long part, long whole, @Nullable Trace trace) {
			return new Span(percent(part, whole), List.of(part, whole - part), trace);
		}

		/**
		 * A share in words.
		 * @param part the part
		 * @param whole the whole
		 * @return such as "32.4%", or "–" for a whole of nothing
		 */
		public static String percent(long part, long whole) {
			return (whole == 0) ? "–" : String.format(Locale.UK, "%.1f%%", Math.round(part * 1000.0 / whole) / 10.0);
		}

		/**
		 * A figure that is not a count of people or cases (a rate, an amount, a date).
		 * @param text the figure
		 * @param trace where it comes from
		 * @return the span
		 */
		public static Span figure(String text, @Nullable Trace trace) {
			return new Span(text, List.of(), trace);
		}

		/**
		 * Whether the public edition hides it.
		 * @param threshold counts from 1 to this are hidden
		 * @return true when one of its counts is small
		 */
		public boolean hidden(int threshold) {
			return this.counts.stream().anyMatch((count) -> count >= 1 && count <= threshold);
		}

		/**
		 * Whether it is a figure rather than words.
		 * @return true for a figure
		 */
		public boolean figure() {
			return this.trace != null || !this.counts.isEmpty();
		}

	}

	/** A block of a part. */
	public sealed interface Block permits Paragraph, Heading, Grid, CountTable, Chart {

	}

	/**
	 * A paragraph of words and figures.
	 *
	 * @param spans its runs
	 */
	public record Paragraph(List<Span> spans) implements Block {

		/**
		 * A paragraph of words only.
		 * @param text the words
		 * @return the paragraph
		 */
		public static Paragraph of(String text) {
			return new Paragraph(List.of(Span.words(text)));
		}

		/**
		 * The paragraph's words as the internal edition shows them.
		 * @return the text
		 */
		public String text() {
			StringBuilder text = new StringBuilder();
			this.spans.forEach((span) -> text.append(span.text()));
			return text.toString();
		}

	}

	/**
	 * A heading inside a part.
	 *
	 * @param text the heading
	 */
	public record Heading(String text) implements Block {
	}

	/**
	 * A table of figures that do not add up (indicators, rates, attendance): each cell is
	 * hidden on its own when it shows a small count.
	 *
	 * @param caption what it shows
	 * @param headings the columns' headings
	 * @param rows the rows, each a span per column
	 */
	public record Grid(String caption, List<String> headings, List<List<Span>> rows) implements Block {
	}

	/**
	 * A table of counts with totals, published under disclosure control with secondary
	 * suppression.
	 *
	 * @param caption what it shows
	 * @param corner the heading over the rows' names
	 * @param table the counts
	 * @param trace where the counts come from
	 */
	public record CountTable(String caption, String corner, DisclosureControl.Table table,
			@Nullable Trace trace) implements Block {

		/**
		 * A table of one column of counts by category, with its total.
		 * @param caption what it shows
		 * @param corner the heading over the categories
		 * @param column the heading over the counts
		 * @param counts the counts by category, in order
		 * @param trace where the counts come from
		 * @return the table
		 */
		public static CountTable byCategory(String caption, String corner, String column,
				java.util.Map<String, Integer> counts, @Nullable Trace trace) {
			int[][] cells = new int[counts.size()][];
			int r = 0;
			for (int count : counts.values()) {
				cells[r++] = new int[] { count };
			}
			return new CountTable(caption, corner,
					new DisclosureControl.Table(List.copyOf(counts.keySet()), List.of(column), cells, false, true),
					trace);
		}
	}

	/**
	 * A chart drawn as SVG.
	 *
	 * @param svg the chart
	 * @param description what it shows, in words, for its alternative text
	 * @param counts the counts it plots; a small one keeps it out of the public edition
	 */
	public record Chart(String svg, String description, List<Long> counts) implements Block {
	}

	/**
	 * What a module gives to a part.
	 *
	 * @param title a heading within the part, or empty for none
	 * @param blocks the blocks
	 */
	public record Contribution(String title, List<Block> blocks) {

		/**
		 * A contribution that says nothing is recorded.
		 * @param title a heading within the part
		 * @param what what is not recorded
		 * @return the contribution
		 */
		public static Contribution nothingRecorded(String title, String what) {
			return new Contribution(title, List.of(Paragraph.of(what)));
		}

	}

	/**
	 * A part of the report.
	 *
	 * @param part which part
	 * @param title its heading
	 * @param contributions what the modules gave it, in order
	 */
	public record Part(AnnualReportPart part, String title, List<Contribution> contributions) {

		/**
		 * The part's anchor in the web edition.
		 * @return such as vulnerable-children
		 */
		public String anchor() {
			return this.part.name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/**
	 * The whole report.
	 *
	 * @param partnership the partnership's name
	 * @param year the financial year, such as 2014-15
	 * @param yearLabel the year in words
	 * @param template the template
	 * @param parts the parts, in the template's order
	 * @param notes the notes that say which source a figure was taken from, when sources
	 * differ
	 */
	public record Report(String partnership, String year, String yearLabel, AnnualReportTemplate template,
			List<Part> parts, List<String> notes) {

		/**
		 * Every paragraph and table cell's words, part by part, as lines: what the linter
		 * reads.
		 * @return the lines
		 */
		public List<String> lines() {
			List<String> lines = new ArrayList<>();
			lines.add(this.partnership + " " + this.template.documentName() + " " + this.yearLabel);
			for (Part part : this.parts) {
				lines.add("");
				lines.add(part.title());
				for (Contribution contribution : part.contributions()) {
					if (!contribution.title().isEmpty()) {
						lines.add("");
						lines.add(contribution.title());
					}
					for (Block block : contribution.blocks()) {
						lines.add("");
						lines.addAll(lines(block));
					}
				}
			}
			return lines;
		}

		private static List<String> lines(Block block) {
			if (block instanceof Paragraph paragraph) {
				return List.of(paragraph.text());
			}
			if (block instanceof Heading heading) {
				return List.of(heading.text());
			}
			if (block instanceof Chart chart) {
				return List.of(chart.description());
			}
			if (block instanceof Grid grid) {
				List<String> rows = new ArrayList<>();
				rows.add(grid.caption());
				rows.add(String.join("\t", grid.headings()));
				for (List<Span> row : grid.rows()) {
					rows.add(String.join("\t", row.stream().map(Span::text).toList()));
				}
				return rows;
			}
			CountTable table = (CountTable) block;
			List<String> rows = new ArrayList<>();
			rows.add(table.caption());
			DisclosureControl.Table counts = table.table();
			List<String> head = new ArrayList<>();
			head.add(table.corner());
			head.addAll(counts.columns());
			if (counts.rowTotals()) {
				head.add("Total");
			}
			rows.add(String.join("\t", head));
			for (int r = 0; r < counts.rows().size(); r++) {
				List<String> cells = new ArrayList<>();
				cells.add(counts.rows().get(r));
				for (int c = 0; c < counts.columns().size(); c++) {
					cells.add(String.valueOf(counts.count(r, c)));
				}
				if (counts.rowTotals()) {
					cells.add(String.valueOf(counts.rowTotal(r)));
				}
				rows.add(String.join("\t", cells));
			}
			if (counts.columnTotals()) {
				List<String> cells = new ArrayList<>();
				cells.add("Total");
				for (int c = 0; c < counts.columns().size(); c++) {
					cells.add(String.valueOf(counts.columnTotal(c)));
				}
				if (counts.rowTotals()) {
					cells.add(String.valueOf(counts.grandTotal()));
				}
				rows.add(String.join("\t", cells));
			}
			return rows;
		}

	}

}
