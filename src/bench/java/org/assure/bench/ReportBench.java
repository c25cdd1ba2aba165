package org.assure.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.assure.calendar.ReportingPeriod;
import org.assure.cli.AssureBench;
import org.assure.cli.AssureContext;
import org.assure.cli.OutputFormat;
import org.assure.partnership.Partnerships;
import org.assure.reporting.AnnualReportEdition;
import org.assure.reporting.AnnualReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code assure bench report}: how long the demo partnership's whole annual report takes
 * to make as a PDF, internal edition: gathering every part from the evidence, linting its
 * text and laying out the PDF, on a fresh embedded database with the demo loaded, after
 * warm-up runs. It prints each run's steps and the median and slowest of the whole.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
		description = "Time the demo's annual report, internal edition, as PDF: gather, lint, lay out; "
				+ "prints the median and the slowest of the runs.")
public final class ReportBench implements AssureBench, Callable<Integer> {

	@Option(names = "--runs", defaultValue = "5", description = "measured runs (default: ${DEFAULT-VALUE})")
	private int runs = 5;

	@Option(names = "--warmup", defaultValue = "2", description = "runs before measuring (default: ${DEFAULT-VALUE})")
	private int warmup = 2;

	@Option(names = "--year", defaultValue = "2014-15", description = "the year (default: ${DEFAULT-VALUE})")
	private String year = "2014-15";

	@Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
	private OutputFormat format = OutputFormat.text;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		if (this.runs < 1 || this.warmup < 0) {
			this.spec.commandLine().getErr().println("--runs is 1 or more, --warmup 0 or more");
			return 2;
		}
		ReportingPeriod.FinancialYear chosen = AnnualReports.year(this.year);
		Path folder = Files.createTempDirectory("assure-bench-report");
		try {
			String url = "jdbc:h2:file:" + folder.resolve("assure")
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;TRACE_LEVEL_FILE=0";
			Map<String, Object> report = AssureContext.withApplication((context) -> {
				long partnershipId = context.getBean(Partnerships.class).findByCode("demo").orElseThrow().id();
				AnnualReports reports = context.getBean(AnnualReports.class);
				List<Double> whole = new ArrayList<>();
				List<Map<String, Object>> measured = new ArrayList<>();
				for (int run = 0; run < this.warmup + this.runs; run++) {
					long start = System.nanoTime();
					AnnualReports.Made made = reports.make(partnershipId, chosen, AnnualReportEdition.INTERNAL,
							(done, total, step) -> {
							});
					long gathered = System.nanoTime();
					byte[] pdf = made.renderer().pdf();
					long end = System.nanoTime();
					if (run >= this.warmup) {
						whole.add((end - start) / 1e9);
						Map<String, Object> one = new LinkedHashMap<>();
						one.put("gatherAndLintSeconds", round((gathered - start) / 1e9));
						one.put("pdfSeconds", round((end - gathered) / 1e9));
						one.put("wholeSeconds", round((end - start) / 1e9));
						one.put("pdfBytes", pdf.length);
						one.put("findings", made.findings().size());
						measured.add(one);
					}
				}
				List<Double> sorted = new ArrayList<>(whole);
				Collections.sort(sorted);
				Map<String, Object> out = new LinkedHashMap<>();
				out.put("year", chosen.code());
				out.put("runs", measured);
				out.put("medianSeconds", round(sorted.get(sorted.size() / 2)));
				out.put("slowestSeconds", round(sorted.get(sorted.size() - 1)));
				out.put("goalSeconds", 5);
				return out;
			}, "--spring.datasource.url=" + url, "--assure.demo-mode.enabled=true",
					"--assure.pseudonymisation.key-file=" + folder.resolve("pseudonymisation.key"),
					"--logging.file.name=" + folder.resolve("assure.log"), "--logging.level.root=warn");
			this.spec.commandLine().getOut().println(this.format.render(report));
			return ((double) report.get("slowestSeconds") < 5) ? 0 : 1;
		}
		finally {
			try (var paths = Files.walk(folder)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

	private static double round(double seconds) {
		return Math.round(seconds * 1000) / 1000.0;
	}

}
