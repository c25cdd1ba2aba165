package org.assure.reporting.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.assure.calendar.ReportingPeriod;
import org.assure.cli.AssureContext;
import org.assure.cli.AssureSubcommand;
import org.assure.partnership.Partnership;
import org.assure.partnership.Partnerships;
import org.assure.reporting.AnnualReportEdition;
import org.assure.reporting.AnnualReportTemplate;
import org.assure.reporting.AnnualReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code assure report --partnership demo --year 2014-15 --edition public --format pdf --out
 * report.pdf}: makes a partnership's annual report for a year from the evidence Assure
 * holds, in an edition and a format, shows its progress, and prints what the linter found
 * in its text.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
		description = "Make a partnership's annual report for a financial year, as HTML, PDF or DOCX.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:written, every finding of the linter fixed or explained",
				"1:written, with findings of the linter neither fixed nor explained",
				"2:not written: the options or the output file are wrong" })
public final class ReportCommand implements AssureSubcommand, Callable<Integer> {

	@Option(names = "--partnership", required = true, description = "the partnership's short code")
	private String partnership = "";

	@Option(names = "--year", required = true, description = "the financial year, such as 2014-15")
	private String year = "";

	@Option(names = "--edition", defaultValue = "internal",
			description = "internal or public (default: ${DEFAULT-VALUE})")
	private String edition = "internal";

	@Option(names = "--format", defaultValue = "html", description = "html, pdf or docx (default: ${DEFAULT-VALUE})")
	private String format = "html";

	@Option(names = "--template",
			description = "lscb-2015 or partners-2023, for a year whose report is not yet opened (default: lscb-2015)")
	private String template = "";

	@Option(names = "--out", required = true, description = "the file to write")
	private Path out;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter err = this.spec.commandLine().getErr();
		ReportingPeriod.FinancialYear chosenYear;
		AnnualReportEdition chosenEdition;
		AnnualReportTemplate chosenTemplate;
		try {
			chosenYear = AnnualReports.year(this.year);
			chosenEdition = AnnualReportEdition.of(this.edition);
			chosenTemplate = this.template.isBlank() ? AnnualReportTemplate.LSCB_2015
					: AnnualReportTemplate.of(this.template);
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			return 2;
		}
		String chosenFormat = this.format.toLowerCase(Locale.ROOT);
		if (!List.of("html", "pdf", "docx").contains(chosenFormat)) {
			err.println("--format is html, pdf or docx, not " + this.format);
			return 2;
		}
		Path parent = this.out.toAbsolutePath().getParent();
		if (parent != null && !Files.isDirectory(parent)) {
			err.println(this.out + ": the folder " + parent + " does not exist");
			return 2;
		}
		return AssureContext.withApplication((context) -> {
			Optional<Partnership> target = context.getBean(Partnerships.class).findByCode(this.partnership);
			if (target.isEmpty()) {
				err.println("No partnership with the short code '" + this.partnership + "'");
				err.flush();
				return 2;
			}
			AnnualReports reports = context.getBean(AnnualReports.class);
			long partnershipId = target.get().id();
			reports.open(partnershipId, chosenYear, chosenTemplate);
			AnnualReports.Made made = reports.make(partnershipId, chosenYear, chosenEdition, (done, total, step) -> {
				err.printf(Locale.UK, "[%3d%%] %s%n", (total > 0) ? done * 100 / total : 0, step);
				err.flush();
			});
			byte[] bytes = switch (chosenFormat) {
				case "pdf" -> made.renderer().pdf();
				case "docx" -> made.renderer().docx();
				default -> made.renderer().html(true).getBytes(StandardCharsets.UTF_8);
			};
			try {
				Files.write(this.out, bytes);
			}
			catch (IOException ex) {
				err.println(this.out + ": cannot be written (" + ex.getMessage() + ")");
				err.flush();
				return 2;
			}
			PrintWriter stdout = this.spec.commandLine().getOut();
			stdout.println("Wrote " + this.out + " (" + chosenEdition.label() + ", " + bytes.length + " bytes).");
			for (AnnualReports.LintedFinding finding : made.findings()) {
				stdout.println("line " + finding.line() + ": " + finding.rule() + ": " + finding.message()
						+ ((finding.explanation() != null) ? " (explained: " + finding.explanation() + ")" : ""));
				stdout.println("    " + finding.excerpt());
			}
			int open = made.unexplained().size();
			stdout.println((open == 0) ? "The linter found nothing to fix or explain."
					: open + " findings of the linter are neither fixed nor explained; the report cannot be "
							+ "published until they are.");
			stdout.flush();
			return (open == 0) ? 0 : 1;
		});
	}

}
