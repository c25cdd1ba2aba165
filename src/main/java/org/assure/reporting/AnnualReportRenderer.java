package org.assure.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.assure.reporting.AnnualReportContent.Block;
import org.assure.reporting.AnnualReportContent.Chart;
import org.assure.reporting.AnnualReportContent.Contribution;
import org.assure.reporting.AnnualReportContent.CountTable;
import org.assure.reporting.AnnualReportContent.Grid;
import org.assure.reporting.AnnualReportContent.Heading;
import org.assure.reporting.AnnualReportContent.Paragraph;
import org.assure.reporting.AnnualReportContent.Part;
import org.assure.reporting.AnnualReportContent.Span;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import org.springframework.web.util.HtmlUtils;

/**
 * Renders an annual report in an edition: as one XHTML document (its figures linked to
 * their source in the internal web edition), as PDF laid out from the same XHTML with a
 * document outline and tags, and as DOCX with the same headings. The public edition shows
 * a count from 1 to the threshold, and any figure worked out from one, as the mark
 * {@value DisclosureControl#MARK}; its count tables go through {@link DisclosureControl}
 * with secondary suppression; a chart that plots such a count is left out and says so.
 */
public final class AnnualReportRenderer {

	private static final DateTimeFormatter MADE_AT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	private final AnnualReportContent.Report report;

	private final AnnualReportEdition edition;

	private final int threshold;

	private final Instant madeAt;

	/**
	 * A renderer of one report in one edition.
	 * @param report the content
	 * @param edition the edition
	 * @param threshold counts from 1 to this are hidden in the public edition
	 * @param madeAt when it was made
	 */
	public AnnualReportRenderer(AnnualReportContent.Report report, AnnualReportEdition edition, int threshold,
			Instant madeAt) {
		this.report = report;
		this.edition = edition;
		this.threshold = threshold;
		this.madeAt = madeAt;
	}

	private boolean isPublic() {
		return this.edition == AnnualReportEdition.PUBLIC;
	}

	/**
	 * A span as this edition shows it.
	 * @param span the span
	 * @return its text, or the mark
	 */
	public String shown(Span span) {
		return (isPublic() && span.hidden(this.threshold)) ? DisclosureControl.MARK : span.text();
	}

	/**
	 * Whether this edition leaves a chart out.
	 * @param chart the chart
	 * @return true when the public edition would show a small count
	 */
	public boolean leftOut(Chart chart) {
		return isPublic() && chart.counts().stream().anyMatch((count) -> count >= 1 && count <= this.threshold);
	}

	private String title() {
		return this.report.partnership() + " " + this.report.template().documentName() + " " + this.report.yearLabel();
	}

	/**
	 * The report as one XHTML document.
	 * @param links whether figures link to their source pages (the web edition, internal
	 * only)
	 * @return the document
	 */
	public String html(boolean links) {
		boolean linked = links && !isPublic();
		StringBuilder out = new StringBuilder(64 * 1024);
		out.append("<!DOCTYPE html>\n<html lang=\"en-GB\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n")
			.append("<meta charset=\"utf-8\" />\n<title>")
			.append(esc(title()))
			.append("</title>\n<meta name=\"subject\" content=\"")
			.append(esc(this.edition.label()))
			.append("\" />\n<meta name=\"description\" content=\"")
			.append(esc(title() + ". " + this.edition.label()))
			.append("\" />\n<bookmarks>\n");
		for (Part part : this.report.parts()) {
			out.append("<bookmark name=\"")
				.append(esc(part.title()))
				.append("\" href=\"#")
				.append(part.anchor())
				.append("\" />\n");
		}
		out.append("</bookmarks>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
		out.append("<h1>").append(esc(title())).append("</h1>\n");
		out.append("<p class=\"meta\">")
			.append(esc(this.edition.label()))
			.append(". Made by Assure on ")
			.append(esc(MADE_AT.format(this.madeAt)))
			.append(" from the records and returns it held then.</p>\n");
		out.append("<nav><h2 class=\"contents\">Contents</h2><ol>\n");
		for (Part part : this.report.parts()) {
			if (links) {
				out.append("<li><a href=\"#")
					.append(part.anchor())
					.append("\" title=\"")
					.append(esc(part.title()))
					.append("\">")
					.append(esc(part.title()))
					.append("</a></li>\n");
			}
			else {
				// the PDF's outline takes the reader to each part; a link there would
				// need an
				// annotation text PDF/UA asks for and the layout library does not write
				out.append("<li>").append(esc(part.title())).append("</li>\n");
			}
		}
		out.append("</ol></nav>\n");
		int tableNumber = 0;
		for (Part part : this.report.parts()) {
			out.append("<section id=\"")
				.append(part.anchor())
				.append("\">\n<h2>")
				.append(esc(part.title()))
				.append("</h2>\n");
			for (Contribution contribution : part.contributions()) {
				if (!contribution.title().isEmpty()) {
					out.append("<h3>").append(esc(contribution.title())).append("</h3>\n");
				}
				for (Block block : contribution.blocks()) {
					if (block instanceof Paragraph paragraph) {
						out.append("<p>").append(spans(paragraph.spans(), linked)).append("</p>\n");
					}
					else if (block instanceof Heading heading) {
						// headings go down one level at a time, as a tagged PDF requires
						String level = contribution.title().isEmpty() ? "h3" : "h4";
						out.append('<')
							.append(level)
							.append('>')
							.append(esc(heading.text()))
							.append("</")
							.append(level)
							.append(">\n");
					}
					else if (block instanceof Grid grid) {
						tableNumber++;
						out.append("<table id=\"table-")
							.append(tableNumber)
							.append("\"><caption>")
							.append(esc(grid.caption()))
							.append("</caption>\n<thead><tr>");
						grid.headings().forEach((h) -> out.append("<th scope=\"col\">").append(esc(h)).append("</th>"));
						out.append("</tr></thead>\n<tbody>\n");
						for (List<Span> row : grid.rows()) {
							out.append("<tr>");
							for (int c = 0; c < row.size(); c++) {
								out.append(c == 0 ? "<th scope=\"row\">" : "<td>")
									.append(spans(List.of(row.get(c)), linked))
									.append(c == 0 ? "</th>" : "</td>");
							}
							out.append("</tr>\n");
						}
						out.append("</tbody></table>\n");
						if (isPublic() && grid.rows()
							.stream()
							.anyMatch((row) -> row.stream().anyMatch((s) -> s.hidden(this.threshold)))) {
							out.append("<p class=\"note\">").append(esc(footnote())).append("</p>\n");
						}
					}
					else if (block instanceof CountTable table) {
						tableNumber++;
						countTable(out, table, tableNumber);
					}
					else if (block instanceof Chart chart) {
						if (leftOut(chart)) {
							out.append("<p class=\"note\">").append(esc(chartLeftOut(chart))).append("</p>\n");
						}
						else {
							out.append("<figure class=\"chart\" role=\"img\" aria-label=\"")
								.append(esc(chart.description()))
								.append("\">")
								.append(Charts.withAlt(chart.svg(), chart.description()))
								.append("<figcaption>")
								.append(esc(chart.description()))
								.append("</figcaption></figure>\n");
						}
					}
				}
			}
			out.append("</section>\n");
		}
		if (!this.report.notes().isEmpty()) {
			out.append("<section id=\"notes\"><h2>Notes on the figures</h2>\n");
			this.report.notes().forEach((note) -> out.append("<p>").append(esc(note)).append("</p>\n"));
			out.append("</section>\n");
		}
		out.append("</body>\n</html>\n");
		return out.toString();
	}

	private String chartLeftOut(Chart chart) {
		return "The chart of " + lowerFirst(chart.description().split("\\. ")[0])
				+ " is left out of the public edition because it plots counts from 1 to " + this.threshold + ".";
	}

	private String footnote() {
		return DisclosureControl.MARK + ": a count from 1 to " + this.threshold
				+ ", or a figure worked out from one, hidden to protect the children concerned.";
	}

	private void countTable(StringBuilder out, CountTable table, int number) {
		DisclosureControl.Table counts = table.table();
		DisclosureControl.Published published = isPublic() ? DisclosureControl.protect(counts, this.threshold) : null;
		out.append("<table id=\"table-")
			.append(number)
			.append("\"><caption>")
			.append(esc(table.caption()))
			.append("</caption>\n<thead><tr><th scope=\"col\">")
			.append(esc(table.corner()))
			.append("</th>");
		counts.columns().forEach((c) -> out.append("<th scope=\"col\">").append(esc(c)).append("</th>"));
		if (counts.rowTotals()) {
			out.append("<th scope=\"col\">Total</th>");
		}
		out.append("</tr></thead>\n<tbody>\n");
		for (int r = 0; r < counts.rows().size(); r++) {
			out.append("<tr><th scope=\"row\">").append(esc(counts.rows().get(r))).append("</th>");
			for (int c = 0; c < counts.columns().size(); c++) {
				out.append("<td>")
					.append((published != null) ? published.cell(r, c) : String.valueOf(counts.count(r, c)))
					.append("</td>");
			}
			if (counts.rowTotals()) {
				out.append("<td>")
					.append((published != null) ? published.rowTotal(r) : String.valueOf(counts.rowTotal(r)))
					.append("</td>");
			}
			out.append("</tr>\n");
		}
		if (counts.columnTotals()) {
			out.append("<tr class=\"total\"><th scope=\"row\">Total</th>");
			for (int c = 0; c < counts.columns().size(); c++) {
				out.append("<td>")
					.append((published != null) ? published.columnTotal(c) : String.valueOf(counts.columnTotal(c)))
					.append("</td>");
			}
			if (counts.rowTotals()) {
				out.append("<td>")
					.append((published != null) ? published.grandTotal() : String.valueOf(counts.grandTotal()))
					.append("</td>");
			}
			out.append("</tr>\n");
		}
		out.append("</tbody></table>\n");
		if (published != null && published.anyHidden()) {
			out.append("<p class=\"note\">").append(esc(published.footnote())).append("</p>\n");
		}
		if (table.trace() != null) {
			out.append("<p class=\"source\">Source: ").append(esc(table.trace().source())).append(".</p>\n");
		}
	}

	private String spans(List<Span> spans, boolean linked) {
		StringBuilder out = new StringBuilder();
		for (Span span : spans) {
			String text = esc(shown(span));
			AnnualReportContent.Trace trace = span.trace();
			if (linked && trace != null && trace.link() != null && !shown(span).equals(DisclosureControl.MARK)) {
				out.append("<a class=\"figure\" href=\"")
					.append(esc(trace.link()))
					.append("\" title=\"")
					.append(esc(
							trace.definition() + " Period: " + trace.period() + ". Source: " + trace.source() + "."))
					.append("\">")
					.append(text)
					.append("</a>");
			}
			else if (isPublic() && span.hidden(this.threshold)) {
				out.append("<abbr class=\"hidden\" title=\"")
					.append(esc(footnote()))
					.append("\">")
					.append(text)
					.append("</abbr>");
			}
			else {
				out.append(text);
			}
		}
		return out.toString();
	}

	/**
	 * The report as PDF, laid out from its XHTML without links, tagged for screen readers
	 * and with an outline of its parts.
	 * @return the PDF
	 */
	public byte[] pdf() {
		return PdfLayout.of(html(false));
	}

	/**
	 * The report as a Word document, with the same headings as the web page.
	 * @return the DOCX
	 */
	public byte[] docx() {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFStyles styles = doc.createStyles();
			heading(styles, 1, 40);
			heading(styles, 2, 32);
			heading(styles, 3, 26);
			heading(styles, 4, 22);
			doc.getProperties().getCoreProperties().setTitle(title());
			doc.getProperties().getCoreProperties().setCreator("Assure");
			heading(doc, 1, title());
			text(doc, this.edition.label() + ". Made by Assure on " + MADE_AT.format(this.madeAt)
					+ " from the records and returns it held then.");
			for (Part part : this.report.parts()) {
				heading(doc, 2, part.title());
				for (Contribution contribution : part.contributions()) {
					if (!contribution.title().isEmpty()) {
						heading(doc, 3, contribution.title());
					}
					int level = contribution.title().isEmpty() ? 3 : 4;
					for (Block block : contribution.blocks()) {
						docxBlock(doc, block, level);
					}
				}
			}
			if (!this.report.notes().isEmpty()) {
				heading(doc, 2, "Notes on the figures");
				this.report.notes().forEach((note) -> text(doc, note));
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException("The Word document could not be written", ex);
		}
	}

	private void docxBlock(XWPFDocument doc, Block block, int headingLevel) throws IOException {
		if (block instanceof Paragraph paragraph) {
			text(doc, String.join("", paragraph.spans().stream().map(this::shown).toList()));
		}
		else if (block instanceof Heading heading) {
			heading(doc, headingLevel, heading.text());
		}
		else if (block instanceof Grid grid) {
			text(doc, grid.caption());
			table(doc, grid.headings(),
					grid.rows().stream().map((row) -> row.stream().map(this::shown).toList()).toList());
		}
		else if (block instanceof CountTable table) {
			text(doc, table.caption());
			DisclosureControl.Table counts = table.table();
			DisclosureControl.Published published = isPublic() ? DisclosureControl.protect(counts, this.threshold)
					: null;
			List<String> headings = new ArrayList<>();
			headings.add(table.corner());
			headings.addAll(counts.columns());
			if (counts.rowTotals()) {
				headings.add("Total");
			}
			List<List<String>> rows = new ArrayList<>();
			for (int r = 0; r < counts.rows().size(); r++) {
				List<String> cells = new ArrayList<>();
				cells.add(counts.rows().get(r));
				for (int c = 0; c < counts.columns().size(); c++) {
					cells.add((published != null) ? published.cell(r, c) : String.valueOf(counts.count(r, c)));
				}
				if (counts.rowTotals()) {
					cells.add((published != null) ? published.rowTotal(r) : String.valueOf(counts.rowTotal(r)));
				}
				rows.add(cells);
			}
			if (counts.columnTotals()) {
				List<String> cells = new ArrayList<>();
				cells.add("Total");
				for (int c = 0; c < counts.columns().size(); c++) {
					cells.add((published != null) ? published.columnTotal(c) : String.valueOf(counts.columnTotal(c)));
				}
				if (counts.rowTotals()) {
					cells.add((published != null) ? published.grandTotal() : String.valueOf(counts.grandTotal()));
				}
				rows.add(cells);
			}
			table(doc, headings, rows);
			if (published != null && published.anyHidden()) {
				text(doc, published.footnote());
			}
		}
		else if (block instanceof Chart chart) {
			if (leftOut(chart)) {
				text(doc, chartLeftOut(chart));
				return;
			}
			XWPFRun picture = doc.createParagraph().createRun();
			try {
				picture.addPicture(new ByteArrayInputStream(QuarterlyReportRenderer.png(chart.svg())),
						Document.PICTURE_TYPE_PNG, "chart.png", Units.toEMU(450), Units.toEMU(187.5));
				picture.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(chart.description());
			}
			catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
				throw new IOException(ex);
			}
			text(doc, chart.description());
		}
	}

	private static void heading(XWPFStyles styles, int level, int halfPoints) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId("Heading" + level);
		style.addNewName().setVal("heading " + level);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewUiPriority().setVal(BigInteger.valueOf(9));
		style.addNewQFormat();
		style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
		style.addNewRPr().addNewB();
		style.getRPr().addNewSz().setVal(BigInteger.valueOf(halfPoints));
		styles.addStyle(new XWPFStyle(style, styles));
	}

	private static void heading(XWPFDocument doc, int level, String text) {
		XWPFParagraph paragraph = doc.createParagraph();
		paragraph.setStyle("Heading" + level);
		paragraph.createRun().setText(text);
	}

	private static void text(XWPFDocument doc, String text) {
		doc.createParagraph().createRun().setText(text);
	}

	private static void table(XWPFDocument doc, List<String> headings, List<List<String>> rows) {
		XWPFTable table = doc.createTable(rows.size() + 1, headings.size());
		XWPFTableRow head = table.getRow(0);
		head.setRepeatHeader(true);
		for (int i = 0; i < headings.size(); i++) {
			XWPFRun run = head.getCell(i).getParagraphs().get(0).createRun();
			run.setBold(true);
			run.setText(headings.get(i));
		}
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < headings.size(); c++) {
				table.getRow(r + 1).getCell(c).getParagraphs().get(0).createRun().setText(rows.get(r).get(c));
			}
		}
		table.setWidth("100%");
	}

	/**
	 * The report's text in this edition, line by line (a table row's cells joined by
	 * tabs): what the linter reads.
	 * @return the lines
	 */
	public List<String> lines() {
		return org.jsoup.Jsoup.parse(html(false))
			.body()
			.select("h1, h2, h3, h4, p, caption, tr, figcaption, li")
			.stream()
			.map((element) -> element.tagName().equals("tr")
					? String.join("\t", element.select("th, td").stream().map((cell) -> cell.text()).toList())
					: element.ownText().isEmpty() && !element.text().isEmpty() ? element.text() : element.text())
			.toList();
	}

	private static String esc(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private static String lowerFirst(String text) {
		return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

	private static final String STYLE = """
			@page { size: A4; margin: 18mm 16mm 20mm 16mm;
			  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #505a5f; } }
			body { font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; color: #0b0c0c; line-height: 1.35; max-width: 60em; margin: 0 auto; }
			h1 { font-size: 22pt; margin: 0 0 4pt 0; }
			h2 { font-size: 16pt; margin: 18pt 0 6pt 0; border-bottom: 2px solid #1d70b8; padding-bottom: 2pt; page-break-after: avoid; }
			h3 { font-size: 12.5pt; margin: 14pt 0 4pt 0; page-break-after: avoid; }
			h4 { font-size: 10.5pt; margin: 8pt 0 2pt 0; page-break-after: avoid; }
			p { margin: 0 0 6pt 0; }
			.meta, .note, .source { color: #505a5f; }
			table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0; font-size: 9pt; }
			caption { text-align: left; font-weight: bold; padding: 2pt 0; }
			th, td { border-bottom: 1px solid #b1b4b6; text-align: left; padding: 3pt 4pt; vertical-align: top; }
			thead th { background: #f3f2f1; }
			tr.total th, tr.total td { font-weight: bold; }
			.chart svg { width: 170mm; height: 71mm; }
			figure { margin: 4pt 0 8pt 0; page-break-inside: avoid; }
			figcaption { font-size: 9pt; color: #505a5f; }
			a.figure { color: #1d70b8; }
			abbr.hidden { text-decoration: none; }
			""";

}
