package org.assure.reporting;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assure.indicators.Commentaries;
import org.assure.indicators.Evidence;
import org.assure.indicators.Theme;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quarterly performance report is made in the background and kept as HTML, PDF and
 * DOCX; each file opens and holds the charts and the owner's commentary.
 */
@AssureIntegrationTest
class QuarterlyReportIntegrationTests {

	private static final String COMMENTARY = "Opened assessments settled at the level of the autumn.";

	@Autowired
	private QuarterlyReports reports;

	@Autowired
	private Commentaries commentaries;

	@Autowired
	private TestUsers users;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Evidence evidence;

	@Test
	void theReportIsMadeInTheBackgroundAsHtmlPdfAndDocxWithChartsAndCommentary() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		assertThat(this.commentaries.write(partnershipId, "assessments-opened-in-month", "2015-01", COMMENTARY,
				"Demand is steady, so the backlog can keep falling.", "Keep the weekly backlog review until March.",
				"board-manager"))
			.isEmpty();
		this.evidence.tag(partnershipId,
				new Evidence.Item(Evidence.Kind.AUDIT, "Audit of assessments open beyond 45 days",
						"Twelve of twenty files showed drift after the first visit.", LocalDate.of(2015, 2, 20),
						"tests", "report-audit", null),
				Set.of(Theme.ASSESSMENT));
		QuarterlyReports.Started started = this.reports.start(partnershipId, "2014-15-Q4", List.of("assessment"),
				"board-manager");
		assertThat(started.problems()).isEmpty();
		QuarterlyReports.Report report = awaitDone(partnershipId, started.id());
		assertThat(report.status()).as(String.valueOf(report.failure())).isEqualTo(QuarterlyReports.Status.READY);
		assertThat(report.percent()).isEqualTo(100);
		assertThat(report.themes()).containsExactly("Assessment");

		String html = new String(
				this.reports.file(partnershipId, started.id(), QuarterlyReports.Format.HTML).orElseThrow(),
				StandardCharsets.UTF_8);
		assertThat(html)
			.contains("Q4 2014-15", "Assessments open beyond 45 days at month end (%)", COMMENTARY, "<svg",
					"Trial limits")
			.doesNotContain("Child protection</h2>");

		byte[] pdf = this.reports.file(partnershipId, started.id(), QuarterlyReports.Format.PDF).orElseThrow();
		org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
		assertThat(AnnualReportPdfUnitTests.failures(pdf)).as("PDF/UA-1 rules the quarterly report breaks").isEmpty();
		java.nio.file.Files.write(java.nio.file.Path.of("target", "quarterly-report.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Assessments open beyond 45 days at month end (%)", COMMENTARY,
					"The owner has not written a commentary on January 2015");
			assertThat(targetLinePixels(document)).as("pixels of the backlog chart's dashed target line")
				.isGreaterThan(50);
		}

		byte[] docx = this.reports.file(partnershipId, started.id(), QuarterlyReports.Format.DOCX).orElseThrow();
		java.nio.file.Files.write(java.nio.file.Path.of("target", "quarterly-report.docx"), docx);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			assertThat(extractor.getText()).contains("Assessments open beyond 45 days at month end (%)", COMMENTARY,
					"Keep the weekly backlog review until March.", "Twelve of twenty files showed drift");
			assertThat(document.getAllPictures()).as("one chart per indicator of the theme").hasSize(7);
			assertThat(document.getParagraphs())
				.anySatisfy((paragraph) -> assertThat(paragraph.getStyle()).isEqualTo("Heading2"));
		}
	}

	@Test
	void aPeriodOrThemeThatIsNotOneIsNamedAndNothingIsStarted() {
		long partnershipId = this.users.demoPartnershipId();
		long before = count(partnershipId);
		QuarterlyReports.Started started = this.reports.start(partnershipId, "next quarter",
				List.of("assessment", "weather"), "board-manager");
		assertThat(started.id()).isNull();
		assertThat(started.problems()).containsOnlyKeys("period", "themes");
		assertThat(count(partnershipId)).isEqualTo(before);
	}

	private long count(long partnershipId) {
		return this.jdbc.sql("select count(*) from quarterly_report where partnership_id = ?")
			.param(partnershipId)
			.query(Long.class)
			.single();
	}

	private QuarterlyReports.Report awaitDone(long partnershipId, long id) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
		while (Instant.now().isBefore(deadline)) {
			QuarterlyReports.Report report = this.reports.find(partnershipId, id).orElseThrow();
			if (report.done()) {
				return report;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("The report was not made within 90 seconds");
	}

	/**
	 * Pixels in the green of the charts' target lines, which nothing else in the PDF
	 * uses.
	 */
	private static long targetLinePixels(PDDocument document) throws IOException {
		PDFRenderer renderer = new PDFRenderer(document);
		long green = 0;
		for (int page = 0; page < document.getNumberOfPages(); page++) {
			BufferedImage image = renderer.renderImageWithDPI(page, 72);
			for (int y = 0; y < image.getHeight(); y++) {
				for (int x = 0; x < image.getWidth(); x++) {
					int rgb = image.getRGB(x, y);
					int r = (rgb >> 16) & 0xff;
					int g = (rgb >> 8) & 0xff;
					int b = rgb & 0xff;
					if (Math.abs(r - 0x00) < 40 && Math.abs(g - 0x70) < 40 && Math.abs(b - 0x3c) < 40 && g > r + 40) {
						green++;
					}
				}
			}
		}
		return green;
	}

}
