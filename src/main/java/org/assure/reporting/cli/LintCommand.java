package org.assure.reporting.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.assure.cli.AssureSubcommand;
import org.assure.cli.OutputFormat;
import org.assure.reporting.lint.Finding;
import org.assure.reporting.lint.LintDocument;
import org.assure.reporting.lint.LintSettings;
import org.assure.reporting.lint.Linter;
import org.assure.reporting.lint.ReportText;
import org.assure.reporting.lint.Severity;
import org.assure.reporting.lint.UnreadableReportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code assure lint FILE}: checks every figure of a report against the others and prints
 * the findings, for people or as JSON. Needs no database.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
		description = "Check the figures of a report (TXT, DOCX, PDF or HTML): percentages, totals, changes, dates.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:no error found (warnings may be)", "1:errors found", "2:the file cannot be read" })
public final class LintCommand implements AssureSubcommand, Callable<Integer> {

	@Parameters(index = "0", paramLabel = "FILE", description = "the report")
	private Path file;

	@Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
	private OutputFormat format = OutputFormat.text;

	@Option(names = "--tolerance", defaultValue = "0.5",
			description = "allowed difference in units of a figure's last decimal place (default: ${DEFAULT-VALUE})")
	private double tolerance = 0.5;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		LintSettings settings = new LintSettings(this.tolerance, null, null);
		LintDocument document;
		try {
			document = ReportText.read(this.file.getFileName().toString(), Files.readAllBytes(this.file), settings);
		}
		catch (NoSuchFileException ex) {
			err.println(this.file + ": no such file");
			return 2;
		}
		catch (IOException ex) {
			err.println(this.file + ": cannot be read (" + ex.getMessage() + ")");
			return 2;
		}
		catch (UnreadableReportException ex) {
			err.println(ex.getMessage());
			return 2;
		}
		List<Finding> findings = new Linter(settings).lint(document);
		if (this.format == OutputFormat.json) {
			out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(findings));
		}
		else {
			for (Finding finding : findings) {
				out.println(this.file.getFileName() + ":" + finding.line() + ": " + finding.severity() + " "
						+ finding.rule() + ": " + finding.message());
				out.println("    " + finding.excerpt());
			}
			long errors = findings.stream().filter((f) -> f.severity() == Severity.error).count();
			out.println(findings.isEmpty() ? "No finding."
					: errors + " errors, " + (findings.size() - errors) + " warnings.");
		}
		out.flush();
		return findings.stream().anyMatch((f) -> f.severity() == Severity.error) ? 1 : 0;
	}

}
