package org.assure.casedata.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.assure.cli.AssureContext;
import org.assure.cli.AssureSubcommand;
import org.assure.cli.OutputFormat;
import org.assure.casedata.CaseDataImports;
import org.assure.casedata.ImportFailed;
import org.assure.casedata.ImportFile;
import org.assure.casedata.ImportProgress;
import org.assure.casedata.ImportSource;
import org.assure.casedata.ImportSummary;
import org.assure.partnership.Partnership;
import org.assure.partnership.Partnerships;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code assure import --partnership demo --source cin-census FILE...}: imports
 * case-level files as one batch and prints what was imported and what the data-quality
 * rules found.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = "Import case-level files into a partnership as one batch (all or nothing). "
				+ "Importing the same files again changes nothing; corrected files for the same source and "
				+ "period replace the batch.")
public final class ImportCommand implements AssureSubcommand, Callable<Integer> {

	@Option(names = "--partnership", required = true, description = "the partnership's short code, such as demo")
	private String partnership = "";

	@Option(names = "--source", required = true, description = "cin-census, annex-a, ssda903 or assure-csv")
	private String source = "";

	@Option(names = "--period", description = "the period the batch covers (2014-15); by default taken from the files")
	private @Nullable String period;

	@Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
	private OutputFormat format = OutputFormat.text;

	@Option(names = "--spring", split = ",", hidden = true, description = "Spring Boot settings, name=value")
	private List<String> springSettings = new ArrayList<>();

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "the files to import")
	private List<Path> files = new ArrayList<>();

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		Optional<ImportSource> chosen = ImportSource.fromCode(this.source);
		if (chosen.isEmpty()) {
			return usage("Unknown --source '" + this.source + "': use cin-census, annex-a, ssda903 or assure-csv");
		}
		List<ImportFile> importFiles = new ArrayList<>();
		for (Path file : this.files) {
			if (!Files.isReadable(file) || Files.isDirectory(file)) {
				return usage(file + ": no such file, or it cannot be read");
			}
			importFiles.add(new ImportFile(file.getFileName().toString(), file));
		}
		String[] springArguments = this.springSettings.stream().map((setting) -> "--" + setting).toArray(String[]::new);
		return AssureContext.withApplication((context) -> {
			Optional<Partnership> target = context.getBean(Partnerships.class).findByCode(this.partnership);
			if (target.isEmpty()) {
				return usage("No partnership with the short code '" + this.partnership + "'");
			}
			try {
				ImportSummary summary = context.getBean(CaseDataImports.class)
					.importFiles(target.get().id(), chosen.get(), importFiles, this.period, null, "command line",
							ImportProgress.NONE);
				this.spec.commandLine().getOut().println(this.format.render(asMap(summary)));
				return 0;
			}
			catch (ImportFailed ex) {
				this.spec.commandLine().getErr().println("Nothing was imported. " + ex.getMessage());
				return 2;
			}
		}, springArguments);
	}

	private int usage(String message) {
		this.spec.commandLine().getErr().println(message);
		return 2;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> asMap(ImportSummary summary) {
		return new LinkedHashMap<String, Object>(JsonMapper.builder().build().convertValue(summary, Map.class));
	}

}
