package org.assure.casedata.generator;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.xml.stream.XMLStreamException;

import org.assure.cli.AssureSubcommand;
import org.assure.cli.OutputFormat;
import org.assure.calendar.ReportingPeriod;
import org.assure.calendar.WorkingDays;
import org.assure.casedata.journey.Journey;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code assure generate}: writes synthetic child journeys for tests, demonstrations and
 * benchmarks. It needs no database.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = "Generate synthetic, rule-valid child journeys, the same for the same seed. The window is "
				+ "widened to whole financial years (1 April to 31 March).")
public final class GenerateCommand implements AssureSubcommand, Callable<Integer> {

	/** The name of the preset calibrated to the seed report. */
	public static final String LEICESTER_2014_15 = "leicester-2014-15";

	@Option(names = "--children", description = "about how many children to generate (default: ${DEFAULT-VALUE})",
			defaultValue = "24000")
	private int children = 24_000;

	@Option(names = "--from", description = "first day of the window (yyyy-mm-dd; default ${DEFAULT-VALUE})",
			defaultValue = "2014-04-01")
	private LocalDate from = LocalDate.of(2014, 4, 1);

	@Option(names = "--to", description = "last day of the window (yyyy-mm-dd; default ${DEFAULT-VALUE})",
			defaultValue = "2015-03-31")
	private LocalDate to = LocalDate.of(2015, 3, 31);

	@Option(names = "--seed", description = "the seed (default: ${DEFAULT-VALUE})", defaultValue = "2015")
	private long seed = 2015;

	@Option(names = "--preset",
			description = "leicester-2014-15: the seed report's 2014-15 figures, with the three years before them as history")
	private @Nullable String preset;

	@Option(names = "--format", description = "assure-csv, cin-census, annex-a or ssda903 (default: ${DEFAULT-VALUE})",
			defaultValue = "assure-csv")
	private String format = "assure-csv";

	@Option(names = "--inject-errors", paramLabel = "RATE",
			description = "put a problem a DfE rule finds into this share of the children (0 to 1; cin-census only), "
					+ "and list them in injected-problems.csv")
	private double injectErrors;

	@Option(names = "--out", required = true, description = "the folder to write into")
	private Path out = Path.of(".");

	@Option(names = "--output", description = "how to print the summary: text or json (default: ${DEFAULT-VALUE})",
			defaultValue = "text")
	private OutputFormat output = OutputFormat.text;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws IOException, XMLStreamException {
		if (!List.of("assure-csv", "cin-census", "annex-a", "ssda903").contains(this.format)) {
			throw new ParameterException(this.spec.commandLine(),
					"Unknown --format '" + this.format + "': use assure-csv, cin-census, annex-a or ssda903");
		}
		if (this.preset != null && !LEICESTER_2014_15.equals(this.preset)) {
			throw new ParameterException(this.spec.commandLine(),
					"Unknown --preset '" + this.preset + "': the only preset is " + LEICESTER_2014_15);
		}
		if (this.to.isBefore(this.from)) {
			throw new ParameterException(this.spec.commandLine(), "--to is before --from");
		}
		if (this.injectErrors < 0 || this.injectErrors > 1) {
			throw new ParameterException(this.spec.commandLine(), "--inject-errors is a share from 0 to 1");
		}
		if (this.injectErrors > 0 && !"cin-census".equals(this.format) && !"ssda903".equals(this.format)) {
			throw new ParameterException(this.spec.commandLine(),
					"--inject-errors is offered for --format cin-census and ssda903 only");
		}
		if (this.children < 1) {
			throw new ParameterException(this.spec.commandLine(), "--children must be at least 1");
		}
		Generated generated = (this.preset != null) ? leicester(this.seed)
				: generate(this.children, this.from, this.to, this.seed);
		Files.createDirectories(this.out);
		ProblemInjection injection = (this.injectErrors > 0)
				? new ProblemInjection(this.injectErrors, this.seed, this.format) : ProblemInjection.NONE;
		Path file = write(generated, this.format, this.out, injection);
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("file", file.toString());
		summary.put("format", this.format);
		summary.put("children", generated.children().size());
		summary.put("from", generated.first().start().toString());
		summary.put("to", generated.last().end().toString());
		summary.put("period", generated.period());
		if (this.injectErrors > 0) {
			Path listed = this.out.resolve("injected-problems.csv");
			StringBuilder csv = new StringBuilder("child,rule,problem\n");
			for (ProblemInjection.Injected problem : injection.injected()) {
				csv.append(problem.child())
					.append(',')
					.append(problem.rule())
					.append(',')
					.append(problem.kind())
					.append('\n');
			}
			Files.writeString(listed, csv, StandardCharsets.UTF_8);
			summary.put("injectedProblems", injection.injected().size());
			summary.put("injectedList", listed.toString());
		}
		this.spec.commandLine().getOut().println(this.output.render(summary));
		return 0;
	}

	/**
	 * The years of history the preset generates before 2014-15: enough for every
	 * indicator that looks back (placement stability reads two and a half years of care).
	 */
	public static final int HISTORY_YEARS = 3;

	/**
	 * The preset calibrated to the Leicester LSCB Annual Report 2014-15, with the years
	 * before it that its look-back indicators need.
	 * @param seed the seed
	 * @return the journeys of 2011-12 to 2014-15
	 */
	public static Generated leicester(long seed) {
		ReportingPeriod.FinancialYear year = ReportingPeriod.FinancialYear.starting(2014);
		ReportingPeriod.FinancialYear first = ReportingPeriod.FinancialYear.starting(2014 - HISTORY_YEARS);
		List<Journey.Child> children = new JourneyGenerator(WorkingDays.englandAndWales(), seed).generate(first,
				HISTORY_YEARS + 1, YearTargets.LEICESTER_2014_15);
		return new Generated(children, first, year);
	}

	/**
	 * Journeys of about a number of children over a window, at Leicester's rates.
	 * @param children about how many children
	 * @param from the window's first day
	 * @param to its last day
	 * @param seed the seed
	 * @return the journeys
	 */
	public static Generated generate(int children, LocalDate from, LocalDate to, long seed) {
		ReportingPeriod.FinancialYear first = ReportingPeriod.financialYearOf(from);
		ReportingPeriod.FinancialYear last = ReportingPeriod.financialYearOf(to);
		int years = last.startYear() - first.startYear() + 1;
		double factor = (double) children / (YearTargets.LEICESTER_CHILDREN_PER_YEAR * years);
		List<Journey.Child> journeys = new JourneyGenerator(WorkingDays.englandAndWales(), seed).generate(first, years,
				YearTargets.LEICESTER_2014_15.scaled(factor));
		return new Generated(journeys, first, last);
	}

	/**
	 * Writes generated journeys into a folder.
	 * @param generated the journeys
	 * @param format assure-csv, cin-census, annex-a or ssda903
	 * @param folder the folder
	 * @return the file written (for ssda903, the folder of its tables)
	 * @throws IOException when it cannot write
	 * @throws XMLStreamException when it cannot write XML
	 */
	public static Path write(Generated generated, String format, Path folder) throws IOException, XMLStreamException {
		return write(generated, format, folder, ProblemInjection.NONE);
	}

	/**
	 * Writes generated journeys into a folder, with problems put into a share of them.
	 * @param generated the journeys
	 * @param format assure-csv, cin-census, annex-a or ssda903
	 * @param folder the folder
	 * @param injection which children to break (cin-census, ssda903), and how
	 * @return the file written (for ssda903, the folder of its tables)
	 * @throws IOException when it cannot write
	 * @throws XMLStreamException when it cannot write XML
	 */
	public static Path write(Generated generated, String format, Path folder, ProblemInjection injection)
			throws IOException, XMLStreamException {
		if (format.equals("annex-a")) {
			return AnnexAWriter.write(generated.children(), generated.last().end(),
					folder.resolve("annex-a-" + generated.period() + ".xlsx"));
		}
		if (format.equals("ssda903")) {
			Path tables = folder.resolve("ssda903-" + generated.period());
			Ssda903Writer.write(generated.children(), generated.last().end(), tables, injection);
			return tables;
		}
		if (format.equals("cin-census")) {
			Path file = folder.resolve("cin-census-" + generated.period() + ".xml");
			try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
					CinCensusWriter writer = new CinCensusWriter(stream, generated.last().end(), injection)) {
				for (Journey.Child child : generated.children()) {
					writer.write(child);
				}
			}
			return file;
		}
		Path file = folder.resolve("assure-" + generated.period() + ".csv");
		try (Writer text = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
				AssureCsvWriter writer = new AssureCsvWriter(text)) {
			for (Journey.Child child : generated.children()) {
				writer.write(child);
			}
		}
		return file;
	}

	/**
	 * Generated journeys and the years they cover.
	 *
	 * @param children the children
	 * @param first the first financial year
	 * @param last the last financial year
	 */
	public record Generated(List<Journey.Child> children, ReportingPeriod.FinancialYear first,
			ReportingPeriod.FinancialYear last) {

		/**
		 * The period the journeys cover, as an import batch names it.
		 * @return one year's code, or the first and last joined
		 */
		public String period() {
			return this.first.equals(this.last) ? this.first.code() : this.first.code() + "-to-" + this.last.code();
		}

	}

}
