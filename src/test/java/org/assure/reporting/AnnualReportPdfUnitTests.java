package org.assure.reporting;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;

import org.assure.reporting.AnnualReportContent.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual report's PDF checked by veraPDF against PDF/UA-1, the standard for
 * accessible PDF: headings, paragraphs, a table and a chart, in both editions.
 */
class AnnualReportPdfUnitTests {

	@BeforeAll
	static void veraPdf() {
		VeraGreenfieldFoundryProvider.initialise();
	}

	@Test
	void theReportsPdfMeetsPdfUa() throws Exception {
		List<AnnualReportContent.Block> blocks = List.of(new AnnualReportContent.Heading("Referrals"),
				new AnnualReportContent.Paragraph(
						List.of(Span.count(214, null), Span.words(" referrals in 2014-15, up "),
								Span.figure("5%", null), Span.words(" from "), Span.count(204, null), Span.words("."))),
				new AnnualReportContent.Paragraph(List.of(Span.words("The effectiveness of the staff's figures."))),
				new AnnualReportContent.Grid("Referrals by sector", List.of("Sector", "Referrals"),
						List.of(List.of(Span.words("Education"), Span.count(61, null)),
								List.of(Span.words("Health"), Span.count(3, null)))),
				new AnnualReportContent.Chart(
						"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 40\"><rect x=\"0\" y=\"0\" "
								+ "width=\"40\" height=\"30\" fill=\"#1d70b8\"/></svg>",
						"Referrals by month, April 2014 to March 2015", List.of(20L, 30L)));
		AnnualReportContent.Report report = new AnnualReportContent.Report("Test partnership", "2014-15", "2014-15",
				AnnualReportTemplate.LSCB_2015,
				List.of(new AnnualReportContent.Part(AnnualReportPart.LADO,
						"Allegations against people who work " + "with children",
						List.of(new AnnualReportContent.Contribution("The year", blocks)))),
				List.of());
		for (AnnualReportEdition edition : AnnualReportEdition.values()) {
			AnnualReportRenderer renderer = new AnnualReportRenderer(report, edition, 5,
					Instant.parse("2015-06-30T12:00:00Z"));
			byte[] pdf = renderer.pdf();
			assertThat(failures(pdf)).as("PDF/UA-1 rules the %s edition breaks", edition).isEmpty();
			try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
				assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
					.as("the PDF's text, character for character")
					.contains("Test partnership", "2014-15", "Allegations against people who work with children",
							"The effectiveness of the staff's figures.", "Referrals by month, April 2014 to March 2015")
					.doesNotContain("\uFB00", "\uFB01", "\uFB02", "\uFB03", "\uFB04");
			}
			String stamp = "Exported from Assure by board-manager on 30 June 2015 at 12:05.";
			byte[] stamped = Watermarks.pdf(pdf, stamp);
			assertThat(failures(stamped)).as("PDF/UA-1 rules the %s edition breaks once stamped", edition).isEmpty();
			try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(stamped)) {
				String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
				assertThat(text.split(java.util.regex.Pattern.quote(stamp), -1)).as("the stamp on every page")
					.hasSize(document.getNumberOfPages() + 1);
			}
			try (org.apache.poi.xwpf.usermodel.XWPFDocument docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(
					new java.io.ByteArrayInputStream(Watermarks.docx(renderer.docx(), stamp)))) {
				assertThat(docx.getHeaderList()).anySatisfy((header) -> assertThat(header.getText()).contains(stamp));
			}
			String html = Watermarks.html(renderer.html(true), stamp + " <script>");
			assertThat(org.jsoup.Jsoup.parse(html).select("p.watermark").text()).isEqualTo(stamp + " <script>");
			assertThat(html).doesNotContain("<script>");
		}
	}

	static List<String> failures(byte[] pdf) throws Exception {
		try (PDFAParser parser = Foundries.defaultInstance()
			.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1)) {
			PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false);
			ValidationResult result = validator.validate(parser);
			return result.getTestAssertions()
				.stream()
				.filter((assertion) -> assertion.getStatus() == TestAssertion.Status.FAILED)
				.map((assertion) -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
						+ ": " + assertion.getMessage() + " (" + assertion.getLocationContext() + ")")
				.distinct()
				.toList();
		}
	}

}
