package org.assure.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.xml.stream.XMLStreamException;

import org.assure.casedata.generator.GenerateCommand;
import org.assure.casedata.validation.CinReturnReader;
import org.assure.casedata.validation.ReturnValidator;
import org.assure.casedata.validation.ValidationReport;
import org.assure.cli.AssureBench;
import org.assure.cli.OutputFormat;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code assure bench validate}: the DfE's full rule set on a return, beside a bare StAX
 * pass over the same file and a read of it into the DfE's tables without rules, all in
 * one process (best of a few runs each), with the heap the validation needed at most.
 * The goal is all rules in under 3 times the bare parse, in under 1 GiB of heap.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = "Check a CIN census return against every DfE rule of its year and compare the time with a bare "
				+ "StAX pass over the same file; report the peak heap. Generates a census of about --children "
				+ "children unless given --file.")
public final class ValidateBench implements AssureBench, Callable<Integer> {

	/** About how many generated children (contacts and all) give one child in the census. */
	static final double CHILDREN_PER_CENSUS_CHILD = 4.3;

	@Option(names = "--source", defaultValue = "cin-census",
			description = "cin-census or ssda903 (default: ${DEFAULT-VALUE})")
	private String source = "cin-census";

	@Option(names = "--children", defaultValue = "100000",
			description = "about how many children the generated census holds (default: ${DEFAULT-VALUE})")
	private int children = 100_000;

	@Option(names = "--file", description = "a CIN census file to use instead of generating one")
	private @Nullable Path file;

	@Option(names = "--year", defaultValue = "2024-25",
			description = "ssda903: the collection year whose rules check a return generated for it "
					+ "(default: ${DEFAULT-VALUE})")
	private String year = "2024-25";

	@Option(names = "--runs", defaultValue = "3", description = "runs of each, the best kept (default: ${DEFAULT-VALUE})")
	private int runs = 3;

	@Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
	private OutputFormat format = OutputFormat.text;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws IOException, XMLStreamException {
		if (!this.source.equals("cin-census") && !this.source.equals("ssda903")) {
			throw new ParameterException(this.spec.commandLine(),
					"Unknown --source " + this.source + ": use cin-census or ssda903");
		}
		if (this.runs < 1 || this.children < 1) {
			throw new ParameterException(this.spec.commandLine(), "--runs and --children must be at least 1");
		}
		if (this.source.equals("ssda903")) {
			Integer collectionYear = org.assure.casedata.cli.ValidateCommand.collectionYear(this.year);
			if (collectionYear == null) {
				throw new ParameterException(this.spec.commandLine(),
						"--year '" + this.year + "' is not a collection year such as 2025-26");
			}
			Path tables = Files.createTempDirectory("assure-bench");
			try {
				List<Path> files = Ssda903Return.write(this.children, tables, collectionYear);
				this.spec.commandLine()
					.getOut()
					.println(this.format.render(Ssda903Return.measure(files, this.runs, collectionYear)));
				return 0;
			}
			finally {
				try (var paths = Files.walk(tables)) {
					paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
				}
			}
		}
		Path input = this.file;
		Path folder = null;
		if (input == null) {
			folder = Files.createTempDirectory("assure-bench");
			input = GenerateCommand.write(GenerateCommand.generate((int) Math.round(this.children * CHILDREN_PER_CENSUS_CHILD),
					LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31), 1), "cin-census", folder);
		}
		try {
			this.spec.commandLine().getOut().println(this.format.render(measure(input, this.runs)));
			return 0;
		}
		finally {
			if (folder != null) {
				Files.deleteIfExists(input);
				Files.deleteIfExists(folder);
			}
		}
	}

	static Map<String, Object> measure(Path file, int runs) throws IOException, XMLStreamException {
		ReturnValidator validator = ReturnValidator.standard();
		long stax = Long.MAX_VALUE;
		long tables = Long.MAX_VALUE;
		long rules = Long.MAX_VALUE;
		long elements = 0;
		int children = 0;
		ValidationReport report = null;
		long peak = 0;
		for (int run = 0; run < runs; run++) {
			long start = System.nanoTime();
			elements = ImportBench.staxPass(file);
			stax = Math.min(stax, System.nanoTime() - start);

			start = System.nanoTime();
			try (InputStream in = open(file)) {
				children = CinReturnReader.read(in, file.getFileName().toString(), (header) -> {
				}, (child) -> {
				});
			}
			tables = Math.min(tables, System.nanoTime() - start);

			report = null;
			System.gc();
			resetPeaks();
			start = System.nanoTime();
			try (InputStream in = open(file)) {
				report = validator.cinCensus(in, file.getFileName().toString(), null);
			}
			rules = Math.min(rules, System.nanoTime() - start);
			peak = Math.max(peak, peakHeap());
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("file", file.toString());
		result.put("megabytes", Math.round(Files.size(file) / 1e6 * 10) / 10.0);
		result.put("children", children);
		result.put("childrenChecked", report.children());
		result.put("xmlElements", elements);
		result.put("collectionYear", report.collectionYear());
		result.put("ruleSetYear", report.ruleSetYear());
		result.put("rules", report.rules());
		result.put("findings", report.violations().size());
		result.put("staxSeconds", seconds(stax));
		result.put("tablesSeconds", seconds(tables));
		result.put("rulesSeconds", seconds(rules));
		result.put("tablesRatio", Math.round((double) tables / stax * 100) / 100.0);
		result.put("rulesRatio", Math.round((double) rules / stax * 100) / 100.0);
		result.put("goalRatio", 3.0);
		result.put("peakHeapMegabytes", Math.round(peak / 1e6));
		result.put("maxHeapMegabytes", Math.round(Runtime.getRuntime().maxMemory() / 1e6));
		result.put("runs", runs);
		return result;
	}

	private static InputStream open(Path file) throws IOException {
		return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
	}

	static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	/**
	 * The heap in use at most since the peaks were reset: the sum of each heap pool's
	 * peak, an upper bound (the pools need not peak together).
	 */
	static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

	static double seconds(long nanos) {
		return Math.round(nanos / 1e6) / 1000.0;
	}

}
