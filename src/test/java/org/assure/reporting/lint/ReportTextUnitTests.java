package org.assure.reporting.lint;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.assure.support.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading reports: Word and web pages keep their tables as rows; hostile input (too
 * large, a zip bomb posing as a Word document, a broken PDF, binary data posing as text)
 * gets a clear error naming the file, never a crash; the seed is linted to its known
 * findings, and a 200-page report in well under two seconds.
 */
class ReportTextUnitTests {

	private final Linter linter = new Linter(LintSettings.DEFAULTS);

	@Test
	void aWordDocumentsParagraphsAndTableRowsAreRead() throws Exception {
		byte[] docx;
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph()
				.createRun()
				.setText("Of the 250 referrals received, 40 referrals (19.6%) came " + "from schools.");
			XWPFTable table = document.createTable(3, 2);
			table.getRow(0).getCell(0).setText("Agency");
			table.getRow(0).getCell(1).setText("Referrals");
			table.getRow(1).getCell(0).setText("Police");
			table.getRow(1).getCell(1).setText("120");
			table.getRow(2).getCell(0).setText("Total");
			table.getRow(2).getCell(1).setText("125");
			document.write(out);
			docx = out.toByteArray();
		}
		LintDocument document = ReportText.read("report.docx", docx, LintSettings.DEFAULTS);
		assertThat(this.linter.lint(document)).extracting(Finding::rule).containsExactly("percent-of-base");
		assertThat(document.lines()).anySatisfy((line) -> assertThat(line.cells()).containsExactly("Total", "125"));
	}

	@Test
	void aWebPagesBlocksAndTablesAreRead() {
		String html = """
				<html><body><h1>Annual report</h1><p>Of the 250 referrals received, 40 referrals (19.6%) came from
				schools.</p><table><tr><th>Agency</th><th>Referrals</th></tr><tr><td>Police</td><td>120</td></tr>
				<tr><td>Health</td><td>80</td></tr><tr><td>Total</td><td>210</td></tr></table>
				<ul><li>The audit closed on 31st April 2015.</li></ul><script>var x = "31st February 2015";</script>
				</body></html>""";
		LintDocument document = ReportText.read("report.html", html.getBytes(StandardCharsets.UTF_8),
				LintSettings.DEFAULTS);
		assertThat(this.linter.lint(document)).extracting(Finding::rule)
			.containsExactlyInAnyOrder("percent-of-base", "column-total", "impossible-date");
	}

	@Test
	void aWebPageWithAHugeTagNameIsRefusedAndLongValuesAreNot() {
		// found by the fuzzing: the web page parser takes minutes over a tag name of
		// millions of characters
		String huge = "x".repeat(2_000_000);
		byte[] page = ("<html" + huge + "><body><p>Text.</p></body></html>").getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> ReportText.read("page.html", page, LintSettings.DEFAULTS))
			.isInstanceOf(UnreadableReportException.class)
			.hasMessage("page.html: a tag or attribute name 2000004 characters long; the linter reads web pages "
					+ "whose names are at most 1000");
		String image = "data:image/png;base64," + "A".repeat(50_000);
		byte[] pictures = ("<html><body><img src=\"" + image + "\"><img alt=x src=" + image + "><p>Of the 20 "
				+ "audits, 5 (25%) were good.</p></body></html>")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(ReportText.read("pictures.html", pictures, LintSettings.DEFAULTS).lines()).extracting(LintLine::text)
			.contains("Of the 20 audits, 5 (25%) were good.");
		assertThat(ReportText.longestMarkupName("<p class='a b'>x</p><table-of-contents>")).isEqualTo(17);
	}

	@Test
	void aFileTooLargeIsRefusedWithItsSize() {
		LintSettings small = new LintSettings(0.5, 1024L, null);
		assertThatThrownBy(() -> ReportText.read("big.txt", new byte[2048], small))
			.isInstanceOf(UnreadableReportException.class)
			.hasMessage("big.txt: the file is 0.0 MB; the linter reads files up to 0.0 MB");
		LintSettings fewLines = new LintSettings(0.5, null, 10);
		assertThatThrownBy(
				() -> ReportText.read("long.txt", "a\n".repeat(20).getBytes(StandardCharsets.UTF_8), fewLines))
			.hasMessage("long.txt: the text has 21 lines; the linter reads up to 10");
	}

	@Test
	void aZipBombPosingAsAWordDocumentIsRefused() throws Exception {
		byte[] bomb = org.assure.casedata.HostileInputsMutations.zipBomb("word/document.xml");
		assertThat(bomb.length).as("300 MB of spaces compress to almost nothing").isLessThan(2_000_000);
		assertThatThrownBy(() -> ReportText.read("bomb.docx", bomb, LintSettings.DEFAULTS))
			.isInstanceOf(UnreadableReportException.class)
			.hasMessageStartingWith("bomb.docx: is not a Word document the linter can open safely");
	}

	@Test
	void aTwoColumnPdfIsReadColumnByColumnWithItsParagraphs() throws Exception {
		// Left column: a report's period and a correct change; right column, on the same
		// lines: a date from the year before and a percentage that does not match its
		// base. Read by position, each line would join the two columns ("During the year
		// ... at 31 March 2016"), a false alarm, and split the right column's sentence.
		String[] left = { "Anytown LSCB Annual Report 2016-17", "", "During the year there were 2,267",
				"referrals. This is an increase of 18%", "from 1,920 in 2015-16.", "", "The board met six times." };
		String[] right = { "", "", "This compares with 301 children at", "31 March 2016, the year before.", "",
				"Of the 154 referrals, 38 referrals", "(28.7%) concerned education staff." };
		byte[] pdf;
		try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
			document.addPage(page);
			org.apache.pdfbox.pdmodel.font.PDFont font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
					org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
			try (org.apache.pdfbox.pdmodel.PDPageContentStream content = new org.apache.pdfbox.pdmodel.PDPageContentStream(
					document, page)) {
				column(content, font, 50, left);
				column(content, font, 320, right);
			}
			document.save(out);
			pdf = out.toByteArray();
		}
		LintDocument document = ReportText.read("two-columns.pdf", pdf, LintSettings.DEFAULTS);
		assertThat(String.join("\n", document.lines().stream().map(LintLine::text).toList()))
			.contains("During the year there were 2,267\nreferrals. This is an increase of 18%\nfrom 1,920 in 2015-16.")
			.contains("Of the 154 referrals, 38 referrals\n(28.7%) concerned education staff.");
		assertThat(this.linter.lint(document)).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo("percent-of-base");
			assertThat(finding.message()).startsWith("38 of 154 is 24.68%, not 28.7%");
		});
	}

	/** Writes a column's lines down the page, a blank line leaving a gap. */
	private static void column(org.apache.pdfbox.pdmodel.PDPageContentStream content,
			org.apache.pdfbox.pdmodel.font.PDFont font, float x, String[] lines) throws java.io.IOException {
		float y = 720;
		for (String line : lines) {
			if (!line.isEmpty()) {
				content.beginText();
				content.setFont(font, 11);
				content.newLineAtOffset(x, y);
				content.showText(line);
				content.endText();
			}
			y -= 15;
		}
	}

	@Test
	void aBrokenPdfAndBinaryTextAreRefused() {
		byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\ngarbage"
			.getBytes(StandardCharsets.US_ASCII);
		assertThatThrownBy(() -> ReportText.read("broken.pdf", broken, LintSettings.DEFAULTS))
			.isInstanceOf(UnreadableReportException.class)
			.hasMessageStartingWith("broken.pdf: is not a PDF the linter can read");
		assertThatThrownBy(() -> ReportText.read("random.pdf", new byte[] { 1, 2, 3, 4 }, LintSettings.DEFAULTS))
			.hasMessageStartingWith("random.pdf: is not a PDF the linter can read");
		assertThatThrownBy(() -> ReportText.read("image.txt", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0 },
				LintSettings.DEFAULTS))
			.hasMessage("image.txt: the file is not text (it holds binary data)");
		assertThatThrownBy(() -> ReportText.read("sheet.xlsx", new byte[] { 1 }, LintSettings.DEFAULTS))
			.hasMessage("sheet.xlsx: the linter reads text (.txt), Word (.docx), PDF (.pdf) and web pages (.html)");
	}

	@Test
	void theSeedHasItsKnownFindingsAndTwoHundredPagesLintInUnderTwoSeconds() throws Exception {
		byte[] seed = Files.readAllBytes(Fixtures.seed());
		List<Finding> findings = this.linter.lint(ReportText.read("seed.txt", seed, LintSettings.DEFAULTS));
		// The seed's eight mechanical errors: the baseline dated after its figure (238),
		// the
		// LADO percentages (1110, 1111, 1112), the impossible date (1411), the lay
		// member's
		// ticks and the average they feed (1755, 1762), and October 2014's conversion
		// rate in
		// Appendix (d) (1806); and the complaints table that repeats a row (1241,
		// warnings).
		// Nothing else: no false alarm on the seed's correct claims.
		assertThat(findings).extracting((f) -> f.line() + " " + f.rule())
			.containsExactlyInAnyOrder("238 baseline-after-figure", "1110 percent-of-base", "1111 percent-of-base",
					"1112 percent-of-base", "1241 percentages-sum", "1241 percentages-sum", "1241 percentages-sum",
					"1241 percentages-sum", "1411 impossible-date", "1755 tick-percentage", "1762 tick-percentage",
					"1806 derived-figure");
		// The seed is about 40 pages; five copies are a 200-page report.
		String text = new String(seed, StandardCharsets.UTF_8);
		byte[] twoHundredPages = (text + "\n" + text + "\n" + text + "\n" + text + "\n" + text)
			.getBytes(StandardCharsets.UTF_8);
		this.linter.lint(ReportText.read("warm-up.txt", twoHundredPages, LintSettings.DEFAULTS));
		long start = System.nanoTime();
		List<Finding> all = this.linter.lint(ReportText.read("long.txt", twoHundredPages, LintSettings.DEFAULTS));
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(all).hasSizeGreaterThanOrEqualTo(5 * findings.size());
		assertThat(millis).as("milliseconds to read and lint 200 pages").isLessThan(2000);
	}

}
