package org.assure.reporting;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.assure.calendar.ReportingPeriod;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo partnership's 2014-15 annual report, made from the demo's evidence: every part
 * of the template in order, in HTML, PDF and DOCX, linted clean; its figures linked to
 * their sources; and its way from draft to approved to published, which a finding of the
 * linter blocks until it is fixed or explained.
 */
@AssureIntegrationTest
class AnnualReportIntegrationTests {

	private static final ReportingPeriod.FinancialYear YEAR = ReportingPeriod.FinancialYear.starting(2014);

	@Autowired
	private AnnualReports reports;

	@org.junit.jupiter.api.BeforeAll
	static void veraPdf() {
		org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
	}

	@Autowired
	private TestUsers users;

	@Autowired
	private GroupAccounts accounts;

	@Test
	void theDemoReportHoldsEveryPartInOrderInEachFormatAndLintsClean() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		AnnualReports.Made made = this.reports.make(partnershipId, YEAR, AnnualReportEdition.INTERNAL,
				(done, total, step) -> {
				});
		assertThat(made.findings()).as("the linter's findings in the generated text").isEmpty();
		List<String> titles = made.content().parts().stream().map(AnnualReportContent.Part::title).toList();
		assertThat(titles).hasSize(AnnualReportPart.values().length);
		String html = made.renderer().html(true);
		assertThat(org.jsoup.Jsoup.parse(html).text()).contains("children in need at 31 March 2015",
				"The LADO received", "complaints were received in 2014-15", "the panel met", "multi-agency courses",
				"multi-agency audits were scheduled", "met 4 times in 2014-15");
		assertThat(html).contains("href=\"/indicators/in-need-at-end?period=2014-15\"");
		byte[] pdfBytes = made.renderer().pdf();
		assertThat(AnnualReportPdfUnitTests.failures(pdfBytes)).as("PDF/UA-1 rules the demo's report breaks").isEmpty();
		java.util.Optional<String> poppler = pdftotext(pdfBytes);
		try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
			for (String extracted : java.util.stream.Stream
				.concat(java.util.stream.Stream.of(new PDFTextStripper().getText(pdf)), poppler.stream())
				.toList()) {
				// a long title may wrap over two lines in the PDF
				String text = extracted.replaceAll("\\s+", " ");
				int from = text.indexOf("Appendices") + 1;
				for (String title : titles) {
					int at = text.indexOf(title, from);
					assertThat(at).as("'%s' after the previous part", title).isPositive();
					from = at + title.length();
				}
			}
			assertThat(pdf.getDocumentCatalog().getDocumentOutline()).as("the PDF's outline").isNotNull();
			assertThat(pdf.getDocumentCatalog().getMarkInfo()).as("a tagged PDF").isNotNull();
			assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).as("its structure tree").isNotNull();
			assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
			for (org.apache.pdfbox.cos.COSName name : pdf.getPage(0).getResources().getFontNames()) {
				assertThat(pdf.getPage(0).getResources().getFont(name).isEmbedded()).as("font %s embedded", name)
					.isTrue();
			}
		}
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(made.renderer().docx()))) {
			List<String> headings = new ArrayList<>();
			for (XWPFParagraph paragraph : docx.getParagraphs()) {
				if ("Heading2".equals(paragraph.getStyle())) {
					headings.add(paragraph.getText());
				}
			}
			assertThat(headings).containsExactlyElementsOf(titles);
		}
	}

	@Test
	void theReportGoesFromDraftToApprovedToPublishedOnlyWhenTheLinterIsAnswered() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		ReportingPeriod.FinancialYear year = ReportingPeriod.FinancialYear.starting(2013);
		this.reports.open(partnershipId, year, AnnualReportTemplate.PARTNERS_2023);
		assertThat(this.reports.write(partnershipId, year, AnnualReportPart.FOREWORD,
				"This year the partnership audited its front door.\n\nOf the 40 audits, 33 (90%) found good practice.",
				"board-manager"))
			.isEmpty();
		assertThat(this.reports.approve(partnershipId, year, "board-member")).containsKey("edition");
		AnnualReports.Edition edition = made(partnershipId, year, AnnualReportEdition.INTERNAL);
		assertThat(edition.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo("percent-of-base");
			assertThat(finding.explanation()).isNull();
		});
		assertThat(this.reports.approve(partnershipId, year, "board-member")).containsKey("findings");
		AnnualReports.LintedFinding finding = edition.findings().get(0);
		assertThat(this.reports.explain(partnershipId, year, finding.rule(), finding.excerpt(), "", "board-manager"))
			.containsKey("explanation");
		assertThat(this.reports.explain(partnershipId, year, finding.rule(), finding.excerpt(),
				"Five audits were of two agencies at once and are counted twice in the 90%.", "board-manager"))
			.isEmpty();
		assertThat(this.reports.edition(partnershipId, edition.id()).orElseThrow().findings().get(0).explanation())
			.startsWith("Five audits");
		assertThat(this.reports.publish(partnershipId, year, "board-manager")).containsKey("status");
		assertThat(this.reports.approve(partnershipId, year, "board-member")).isEmpty();
		assertThat(this.reports.find(partnershipId, year).orElseThrow().status())
			.isEqualTo(AnnualReports.Status.APPROVED);
		assertThat(this.reports.sent(partnershipId, year, "the Chief Constable", LocalDate.of(2015, 7, 1),
				"board-manager"))
			.containsKey("recipient");
		assertThat(this.reports.publish(partnershipId, year, "board-manager")).isEmpty();
		AnnualReports.Report published = this.reports.find(partnershipId, year).orElseThrow();
		assertThat(published.status()).isEqualTo(AnnualReports.Status.PUBLISHED);
		assertThat(published.approvedBy()).isEqualTo("board-member");
		assertThat(this.reports.write(partnershipId, year, AnnualReportPart.FOREWORD, "Changed.", "board-manager"))
			.containsKey("body");
		assertThat(this.reports.sent(partnershipId, year, "the Chief Constable", LocalDate.of(2015, 7, 1),
				"board-manager"))
			.isEmpty();
		assertThat(this.reports.recipients(partnershipId, year)).extracting(AnnualReports.Sent::recipient)
			.containsExactly("the Chief Constable");
		String html = new String(
				this.reports.file(partnershipId, edition.id(), QuarterlyReports.Format.HTML).orElseThrow(),
				StandardCharsets.UTF_8);
		assertThat(html).contains("Introduction by the lead safeguarding partners",
				"This year the partnership audited its front door.");
	}

	@Test
	void textChangedAfterApprovalTakesTheReportBackToDraft() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		ReportingPeriod.FinancialYear year = ReportingPeriod.FinancialYear.starting(2012);
		this.reports.open(partnershipId, year, AnnualReportTemplate.LSCB_2015);
		assertThat(this.reports.write(partnershipId, year, AnnualReportPart.CHALLENGES, "Neglect.", "board-manager"))
			.isEmpty();
		AnnualReports.Edition edition = made(partnershipId, year, AnnualReportEdition.PUBLIC);
		assertThat(edition.findings()).isEmpty();
		assertThat(this.reports.approve(partnershipId, year, "board-member")).isEmpty();
		assertThat(this.reports.write(partnershipId, year, AnnualReportPart.CHALLENGES, "Neglect and exploitation.",
				"board-manager"))
			.isEmpty();
		assertThat(this.reports.find(partnershipId, year).orElseThrow().status()).isEqualTo(AnnualReports.Status.DRAFT);
		assertThat(this.reports.approve(partnershipId, year, "board-member")).containsKey("edition");
		assertThat(this.reports.versions(partnershipId, year, AnnualReportPart.CHALLENGES))
			.extracting(AnnualReports.Version::body)
			.containsExactly("Neglect and exploitation.", "Neglect.");
	}

	@Test
	void eachSubGroupsAccountIsGivenInResultsBasedAccountabilityFormWithItsVersions() {
		long partnershipId = this.users.demoPartnershipId();
		ReportingPeriod.FinancialYear year = ReportingPeriod.FinancialYear.starting(2010);
		String group = this.accounts.groups(partnershipId).get(0);
		assertThat(this.accounts.write(partnershipId, year, group, "Met six times.", "", "", "", "board-manager"))
			.as("before the report is started")
			.containsKey("group");
		this.reports.open(partnershipId, year, AnnualReportTemplate.LSCB_2015);
		assertThat(this.accounts.write(partnershipId, year, "No such group", "x", "", "", "", "board-manager"))
			.containsKey("group");
		assertThat(this.accounts.write(partnershipId, year, group, " ", "", "", "", "board-manager"))
			.containsKey("howMuch");
		assertThat(this.accounts.write(partnershipId, year, group, "Met six times.", "Every meeting was quorate.",
				"Fewer children waited for a strategy discussion.", "The audit of strategy discussions, March 2011.",
				"subgroup-chair"))
			.isEmpty();
		assertThat(this.accounts.write(partnershipId, year, group, "Met seven times.", "Every meeting was quorate.",
				"Fewer children waited for a strategy discussion.", "The audit of strategy discussions, March 2011.",
				"subgroup-chair"))
			.isEmpty();
		assertThat(this.accounts.versions(partnershipId, year, group)).extracting(GroupAccounts.Account::howMuch)
			.containsExactly("Met seven times.", "Met six times.");
		AnnualReports.Made made = this.reports.make(partnershipId, year, AnnualReportEdition.INTERNAL,
				(done, total, step) -> {
				});
		String text = String.join("\n", made.content().lines());
		assertThat(text)
			.contains("How much did we do? Met seven times.", "How well did we do it? Every meeting was quorate.",
					"Is anyone better off? Fewer children waited for a strategy discussion.",
					"The evidence: The audit of strategy discussions, March 2011.")
			.doesNotContain("Met six times.");
	}

	/**
	 * The PDF's text as poppler's pdftotext reads it, when the machine has it; CI
	 * installs it and sets ASSURE_REQUIRE_PDFTOTEXT so that it is never skipped there.
	 */
	private static java.util.Optional<String> pdftotext(byte[] pdf) throws Exception {
		java.nio.file.Path file = java.nio.file.Files.createTempFile("annual-report", ".pdf");
		try {
			java.nio.file.Files.write(file, pdf);
			Process process = new ProcessBuilder("pdftotext", file.toString(), "-")
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor()).as("pdftotext's exit code").isZero();
			return java.util.Optional.of(text);
		}
		catch (java.io.IOException ex) {
			assertThat(System.getenv("ASSURE_REQUIRE_PDFTOTEXT")).as("pdftotext is required here: %s", ex.getMessage())
				.isNotEqualTo("true");
			return java.util.Optional.empty();
		}
		finally {
			java.nio.file.Files.deleteIfExists(file);
		}
	}

	private AnnualReports.Edition made(long partnershipId, ReportingPeriod.FinancialYear year,
			AnnualReportEdition edition) throws InterruptedException {
		long id = this.reports.start(partnershipId, year, edition, "board-manager");
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		while (Instant.now().isBefore(deadline)) {
			AnnualReports.Edition made = this.reports.edition(partnershipId, id).orElseThrow();
			if (made.done()) {
				assertThat(made.status()).as(String.valueOf(made.failure())).isEqualTo("READY");
				assertThat(made.percent()).isEqualTo(100);
				return made;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("The edition was not made within 120 seconds");
	}

}
