package org.assure.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.assure.cli.AssureContext;
import org.assure.cli.AssureBench;
import org.assure.cli.OutputFormat;
import org.assure.casedata.CaseDataImports;
import org.assure.casedata.ImportFile;
import org.assure.casedata.ImportProgress;
import org.assure.casedata.ImportSource;
import org.assure.casedata.ImportSummary;
import org.assure.casedata.SecureXml;
import org.assure.casedata.generator.GenerateCommand;
import org.assure.partnership.Partnership;
import org.assure.partnership.Partnerships;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code assure bench import}: how fast the CIN census import runs compared with doing
 * nothing but reading the same file with StAX, measured in one process so that the
 * machine's speed cancels out of the ratio.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = "Import a CIN census file into a new partnership of the configured database and compare "
				+ "its throughput with a bare StAX pass over the same file (best of three passes).")
public final class ImportBench implements AssureBench, Callable<Integer> {

	@Option(names = "--children", defaultValue = "100000",
			description = "generate a file of about this many children (default: ${DEFAULT-VALUE})")
	private int children = 100_000;

	@Option(names = "--file", description = "a CIN census file to use instead of generating one")
	private @Nullable Path file;

	@Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
	private OutputFormat format = OutputFormat.text;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws IOException, XMLStreamException {
		Path input = this.file;
		Path folder = null;
		if (input == null) {
			folder = Files.createTempDirectory("assure-bench");
			input = GenerateCommand.write(
					GenerateCommand.generate(this.children, LocalDate.of(2014, 4, 1), LocalDate.of(2015, 3, 31), 1),
					"cin-census", folder);
		}
		try {
			Path source = input;
			long bytes = Files.size(source);
			List<Long> staxTimes = new ArrayList<>();
			long elements = 0;
			for (int i = 0; i < 3; i++) {
				long start = System.nanoTime();
				elements = staxPass(source);
				staxTimes.add(System.nanoTime() - start);
			}
			long stax = staxTimes.stream().mapToLong(Long::longValue).min().orElseThrow();
			Map<String, Object> result = AssureContext.withApplication((context) -> {
				Partnership partnership = context.getBean(Partnerships.class)
					.create("bench-" + Long.toString(System.currentTimeMillis(), 36), "Benchmark", null, null);
				long start = System.nanoTime();
				ImportSummary summary = context.getBean(CaseDataImports.class)
					.importFiles(partnership.id(), ImportSource.CIN_CENSUS,
							List.of(new ImportFile(source.getFileName().toString(), source)), null, null, "bench",
							ImportProgress.NONE);
				long imported = System.nanoTime() - start;
				Map<String, Object> report = new LinkedHashMap<>();
				report.put("file", source.toString());
				report.put("megabytes", Math.round(bytes / 1e6 * 10) / 10.0);
				report.put("children", summary.children());
				report.put("xmlElements", 0L);
				report.put("staxSeconds", seconds(stax));
				report.put("importSeconds", seconds(imported));
				report.put("staxChildrenPerSecond", Math.round(summary.children() / (stax / 1e9)));
				report.put("importChildrenPerSecond", Math.round(summary.children() / (imported / 1e9)));
				report.put("ratio", Math.round((double) stax / imported * 1000) / 1000.0);
				report.put("partnership", partnership.code());
				return report;
			});
			result.put("xmlElements", elements);
			this.spec.commandLine().getOut().println(this.format.render(result));
			return 0;
		}
		finally {
			if (folder != null) {
				Files.deleteIfExists(input);
				Files.deleteIfExists(folder);
			}
		}
	}

	/** A StAX pass that only counts the elements: the fastest anything reads the file. */
	static long staxPass(Path file) throws IOException, XMLStreamException {
		long elements = 0;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			XMLStreamReader xml = SecureXml.inputFactory().createXMLStreamReader(in);
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamReader.START_ELEMENT) {
					elements++;
				}
			}
			xml.close();
		}
		return elements;
	}

	private static double seconds(long nanos) {
		return Math.round(nanos / 1e6) / 1000.0;
	}

}
