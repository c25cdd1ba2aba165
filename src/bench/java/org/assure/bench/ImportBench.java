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
 * machine's speed cancels out of the ratio. With {@code --databases h2,postgres} the same
 * file is imported into each database in turn, in the same process, so that the databases
 * are compared with each other as well as with the bare pass.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = "Import a CIN census file into a new partnership of the configured database (or of each "
				+ "database --databases names) and compare its throughput with a bare StAX pass over the same file "
				+ "(best of three passes).")
public final class ImportBench implements AssureBench, Callable<Integer> {

	/** The PostgreSQL database {@code --databases postgres} uses unless told otherwise. */
	static final String DEFAULT_POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/assure_bench?reWriteBatchedInserts=true";

	@Option(names = "--children", defaultValue = "100000",
			description = "generate a file of about this many children (default: ${DEFAULT-VALUE})")
	private int children = 100_000;

	@Option(names = "--file", description = "a CIN census file to use instead of generating one")
	private @Nullable Path file;

	@Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
	private OutputFormat format = OutputFormat.text;

	@Option(names = "--databases", split = ",", defaultValue = "configured",
			description = "where to import, in this order: configured (the database Assure is configured with), "
					+ "h2 (a new embedded database in a temporary folder) or postgres (--postgres-url); "
					+ "default: ${DEFAULT-VALUE}")
	private List<String> databases = List.of("configured");

	@Option(names = "--runs", defaultValue = "1",
			description = "imports into each database, taking turns; the best is reported (default: ${DEFAULT-VALUE})")
	private int runs = 1;

	@Option(names = "--postgres-url", defaultValue = DEFAULT_POSTGRES_URL,
			description = "the PostgreSQL database of --databases postgres; it must exist (default: ${DEFAULT-VALUE})")
	private String postgresUrl = DEFAULT_POSTGRES_URL;

	@Option(names = "--postgres-user", defaultValue = "postgres",
			description = "its user (default: ${DEFAULT-VALUE}); the password is read from ASSURE_DB_PASSWORD")
	private String postgresUser = "postgres";

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws IOException, XMLStreamException {
		if (this.runs < 1) {
			throw new picocli.CommandLine.ParameterException(this.spec.commandLine(), "--runs: at least 1");
		}
		for (String name : this.databases) {
			if (!List.of("configured", "h2", "postgres").contains(name)) {
				throw new picocli.CommandLine.ParameterException(this.spec.commandLine(),
						"--databases: '" + name + "' is not one of configured, h2, postgres");
			}
		}
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
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("file", source.toString());
			result.put("megabytes", Math.round(bytes / 1e6 * 10) / 10.0);
			result.put("xmlElements", elements);
			result.put("staxSeconds", seconds(stax));
			Map<String, Long> importTimes = new LinkedHashMap<>();
			long[] children = new long[1];
			List<Database> targets = new ArrayList<>();
			try {
				for (String database : this.databases) {
					targets.add(database(database));
				}
				// Round by round, each database in turn, so that none has all the warm runs;
				// the best of each database's runs is reported.
				for (int round = 0; round < this.runs; round++) {
					for (Database target : targets) {
						long imported = AssureContext.withApplication((context) -> {
							Partnership partnership = context.getBean(Partnerships.class)
								.create("bench-" + Long.toString(System.currentTimeMillis(), 36), "Benchmark", null,
										null);
							long start = System.nanoTime();
							ImportSummary summary = context.getBean(CaseDataImports.class)
								.importFiles(partnership.id(), ImportSource.CIN_CENSUS,
										List.of(new ImportFile(source.getFileName().toString(), source)), null, null,
										"bench", ImportProgress.NONE);
							children[0] = summary.children();
							return System.nanoTime() - start;
						}, target.springArguments());
						importTimes.merge(target.name(), imported, Math::min);
					}
				}
			}
			finally {
				for (Database target : targets) {
					target.close();
				}
			}
			result.put("children", children[0]);
			result.put("staxChildrenPerSecond", Math.round(children[0] / (stax / 1e9)));
			for (Map.Entry<String, Long> entry : importTimes.entrySet()) {
				String prefix = (importTimes.size() == 1) ? "" : entry.getKey() + ".";
				long imported = entry.getValue();
				result.put(prefix + "importSeconds", seconds(imported));
				result.put(prefix + "importChildrenPerSecond", Math.round(children[0] / (imported / 1e9)));
				result.put(prefix + "ratio", Math.round((double) stax / imported * 1000) / 1000.0);
			}
			if (importTimes.size() > 1) {
				List<String> names = new ArrayList<>(importTimes.keySet());
				long first = importTimes.get(names.get(0));
				for (String other : names.subList(1, names.size())) {
					// How many times as fast as the first database the other imported.
					result.put(other + "Versus" + capitalised(names.get(0)),
							Math.round((double) first / importTimes.get(other) * 1000) / 1000.0);
				}
			}
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

	private Database database(String name) throws IOException {
		switch (name) {
			case "configured":
				return new Database("configured", new String[0], null);
			case "h2":
				Path folder = Files.createTempDirectory("assure-bench-h2");
				return new Database("h2",
						new String[] {
								"--spring.datasource.url=jdbc:h2:file:" + folder.resolve("assure")
										+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
								"--spring.datasource.username=sa", "--spring.datasource.password=" },
						folder);
			case "postgres":
				return new Database("postgres",
						new String[] { "--spring.datasource.url=" + this.postgresUrl,
								"--spring.datasource.username=" + this.postgresUser,
								"--spring.datasource.password=" + java.util.Objects
									.requireNonNullElse(System.getenv("ASSURE_DB_PASSWORD"), "") },
						null);
			default:
				throw new IllegalArgumentException(name);
		}
	}

	private static String capitalised(String name) {
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	/**
	 * A database to import into: the Spring arguments that select it and, for a new
	 * embedded one, the folder to remove afterwards.
	 */
	private record Database(String name, String[] springArguments, @Nullable Path folder) {

		void close() throws IOException {
			if (this.folder != null) {
				org.springframework.util.FileSystemUtils.deleteRecursively(this.folder);
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
