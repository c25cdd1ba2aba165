package org.assure.reporting;

import java.time.Duration;
import java.time.Instant;

import org.assure.calendar.ReportingPeriod;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One source of truth per figure: a value another source published for one of the
 * report's figures is shown beside Assure's, blocks approval until the board chooses, and
 * the report then gives the figure chosen with a note that says so.
 */
@AssureIntegrationTest
class FigureSourcesIntegrationTests {

	private static final ReportingPeriod.FinancialYear YEAR = ReportingPeriod.FinancialYear.starting(2007);

	@Autowired
	private FigureSources sources;

	@Autowired
	private AnnualReports reports;

	@Autowired
	private TestUsers users;

	@Test
	void aPublishedFigureThatDiffersIsChosenBeforeApprovalAndNotedInTheReport() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		assertThat(this.sources.record(partnershipId, "no-such-indicator", "2011", "lots", " ", "board-manager"))
			.containsOnlyKeys("indicator", "period", "value", "source");
		assertThat(this.sources.record(partnershipId, "in-need-at-end", "2007-08", "1,234", "the DfE (a test release)",
				"board-manager"))
			.isEmpty();
		FigureSources.Figure figure = this.sources.figures(partnershipId, YEAR)
			.stream()
			.filter((f) -> f.indicatorCode().equals("in-need-at-end"))
			.findFirst()
			.orElseThrow();
		assertThat(figure.published()).isEqualTo("1,234");
		assertThat(figure.differs()).isTrue();
		assertThat(figure.undecided()).isTrue();

		this.reports.open(partnershipId, YEAR, AnnualReportTemplate.LSCB_2015);
		made(partnershipId);
		assertThat(this.reports.approve(partnershipId, YEAR, "board-member")).containsOnlyKeys("figures");

		assertThat(this.sources.choose(partnershipId, figure.id(), "maybe", "", "board-manager")).containsKey("use");
		assertThat(this.sources.choose(partnershipId, 999_999, "published", "", "board-manager")).containsKey("use");
		assertThat(this.sources.choose(partnershipId, figure.id(), "published",
				"The DfE's count includes children whose episode closed late.", "board-manager"))
			.isEmpty();
		assertThat(this.reports.approve(partnershipId, YEAR, "board-member"))
			.as("the choice came after the latest edition")
			.containsOnlyKeys("edition");

		AnnualReports.Made made = this.reports.make(partnershipId, YEAR, AnnualReportEdition.INTERNAL,
				(done, total, step) -> {
				});
		String text = String.join("\n", made.content().lines());
		assertThat(text).contains("1,234 children in need at 31 March 2008",
				"Note on the source: for children in need at the end of the period in 2007-08 the report gives 1,234, "
						+ "the figure the DfE (a test release) published, as the board chose.",
				"The DfE's count includes children whose episode closed late.");
		assertThat(made.renderer().html(true)).contains("Published by the DfE (a test release)");

		made(partnershipId);
		assertThat(this.reports.approve(partnershipId, YEAR, "board-member")).isEmpty();

		// a new published value clears the choice: the board looks at it again
		assertThat(this.sources.record(partnershipId, "in-need-at-end", "2007-08", "1,240",
				"the DfE (a revised release)", "board-manager"))
			.isEmpty();
		assertThat(this.sources.undecided(partnershipId, YEAR)).isEqualTo(1);
	}

	private void made(long partnershipId) throws InterruptedException {
		long id = this.reports.start(partnershipId, YEAR, AnnualReportEdition.INTERNAL, "board-manager");
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		while (Instant.now().isBefore(deadline)) {
			AnnualReports.Edition made = this.reports.edition(partnershipId, id).orElseThrow();
			if (made.done()) {
				assertThat(made.status()).as(String.valueOf(made.failure())).isEqualTo("READY");
				for (AnnualReports.LintedFinding finding : made.findings()) {
					this.reports.explain(partnershipId, YEAR, finding.rule(), finding.excerpt(), "Checked.",
							"board-manager");
				}
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("The edition was not made within 120 seconds");
	}

}
