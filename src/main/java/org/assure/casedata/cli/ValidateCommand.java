package org.assure.casedata.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assure.cli.AssureSubcommand;
import org.assure.casedata.ImportFailed;
import org.assure.casedata.ImportFile;
import org.assure.casedata.validation.PostcodeDirectory;
import org.assure.casedata.validation.ProviderRegister;
import org.assure.casedata.validation.ReferenceData;
import org.assure.casedata.validation.ReturnValidation;
import org.assure.casedata.validation.ReturnValidator;
import org.assure.casedata.validation.Ssda903ReturnReader;
import org.assure.casedata.validation.ValidationReport;
import org.assure.casedata.validation.Violation;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code assure validate --source cin-census [--year 2025-26] FILE...}: checks a return
 * against the DfE's validation rules of its collection year without importing it, and
 * prints every finding and a summary by rule. It needs no database.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = "Check a statutory return against the DfE's validation rules of its collection year, "
				+ "without importing it.",
		exitCodeListHeading = "%nExit codes:%n", exitCodeList = { "0:no errors (queries may be listed)",
				"1:the rules found errors", "2:a file could not be read, or the command was wrong" })
public final class ValidateCommand implements AssureSubcommand, Callable<Integer> {

	private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");

	@Option(names = "--source", required = true,
			description = "cin-census, or ssda903 (its CSV tables together, one return)")
	private String source = "";

	@Option(names = "--last-year", split = ",", paramLabel = "TABLE",
			description = "ssda903: last year's tables (comma-separated), for the rules that compare with them")
	private List<Path> lastYear = new ArrayList<>();

	@Option(names = "--la", paramLabel = "CODE",
			description = "ssda903: the returning authority's ONS code (such as E06000016), for the rules that compare "
					+ "placements with its area (229, 411, 1015)")
	private @Nullable String authority;

	@Option(names = "--postcodes", paramLabel = "FILE",
			description = "ssda903: the ONS Postcode Directory (CSV), to derive each placement's authority and "
					+ "distance from its postcodes as the DfE does (169, 218, 230, 392a, 392c, 411, 1015)")
	private @Nullable Path postcodes;

	@Option(names = "--providers", paramLabel = "FILE",
			description = "ssda903: Ofsted's register of providers (CSV: URN, PLACE_CODES, PROVIDER_CODES, POSTCODE, LA, "
					+ "REG_END), for the rules that look URNs up (219, 221, 224, 227, 228, 229, 1008; 241 from 2025-26)")
	private @Nullable Path providers;

	@Option(names = "--year",
			description = "the collection year, such as 2025-26; by default the one the header's reference date names")
	private @Nullable String year;

	@Option(names = "--format", defaultValue = "text", description = "text, json or csv (default: ${DEFAULT-VALUE})")
	private String format = "text";

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "the return's files")
	private List<Path> files = new ArrayList<>();

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		if (!"cin-census".equals(this.source) && !"ssda903".equals(this.source)) {
			return usage("Unknown --source '" + this.source + "': use cin-census or ssda903");
		}
		String chosenFormat = this.format.toLowerCase(Locale.ROOT);
		if (!List.of("text", "json", "csv").contains(chosenFormat)) {
			return usage("Unknown --format '" + this.format + "': use text, json or csv");
		}
		Integer collectionYear = null;
		if (this.year != null) {
			collectionYear = collectionYear(this.year);
			if (collectionYear == null) {
				return usage("--year '" + this.year + "' is not a collection year such as 2025-26");
			}
		}
		ReturnValidator validator = ReturnValidator.standard();
		List<ValidationReport> reports = new ArrayList<>();
		if ("ssda903".equals(this.source)) {
			if (collectionYear == null) {
				return usage("An SSDA903 return does not say its year: give --year, such as 2024-25");
			}
			String authorityCode;
			try {
				authorityCode = new ReferenceData(this.authority, null, null).authority();
			}
			catch (IllegalArgumentException ex) {
				return usage("--la: " + ex.getMessage());
			}
			try {
				List<ImportFile> tables = importFiles(this.files);
				List<ImportFile> before = importFiles(this.lastYear);
				ReferenceData reference = reference(authorityCode, tables, before);
				reports.add(validator.ssda903(tables, collectionYear, before.isEmpty() ? null : before, reference));
			}
			catch (Unreadable ex) {
				return usage(ex.getMessage());
			}
			catch (ImportFailed ex) {
				return usage("Cannot check the return: " + ex.getMessage());
			}
			this.spec.commandLine().getOut().print(render(reports, chosenFormat));
			this.spec.commandLine().getOut().flush();
			return (reports.get(0).errors() > 0) ? 1 : 0;
		}
		if (!this.lastYear.isEmpty() || this.authority != null || this.postcodes != null || this.providers != null) {
			return usage("--last-year, --la, --postcodes and --providers are for --source ssda903");
		}
		for (Path file : this.files) {
			if (!Files.isReadable(file) || Files.isDirectory(file)) {
				return usage(file + ": no such file, or it cannot be read");
			}
			try (InputStream in = Files.newInputStream(file)) {
				reports.add(validator.cinCensus(in, file.getFileName().toString(), collectionYear));
			}
			catch (ImportFailed ex) {
				return usage("Cannot check " + file + ": " + ex.getMessage());
			}
			catch (IOException ex) {
				return usage("Cannot read " + file + ": " + ex.getMessage());
			}
		}
		this.spec.commandLine().getOut().print(render(reports, chosenFormat));
		this.spec.commandLine().getOut().flush();
		return reports.stream().anyMatch((report) -> report.errors() > 0) ? 1 : 0;
	}

	/**
	 * The data from outside the return that was given: the register first, then the
	 * directory's postcodes that the return's episodes (this year's and last) and the
	 * register name; the directory of the whole country holds 2.7 million.
	 */
	private ReferenceData reference(@Nullable String authorityCode, List<ImportFile> tables, List<ImportFile> before) {
		ProviderRegister register = null;
		if (this.providers != null) {
			register = ProviderRegister.read(importFiles(List.of(this.providers)).get(0).path());
		}
		PostcodeDirectory directory = null;
		if (this.postcodes != null) {
			Path file = importFiles(List.of(this.postcodes)).get(0).path();
			List<ImportFile> all = new ArrayList<>(tables);
			all.addAll(before);
			java.util.Set<String> wanted = Ssda903ReturnReader.postcodes(all);
			if (register != null) {
				wanted.addAll(register.postcodes());
			}
			directory = PostcodeDirectory.read(file, wanted::contains);
		}
		return new ReferenceData(authorityCode, directory, register);
	}

	/** Files given on the command line, each checked to be one that can be read. */
	private static List<ImportFile> importFiles(List<Path> files) {
		List<ImportFile> imports = new ArrayList<>();
		for (Path file : files) {
			if (!Files.isReadable(file) || Files.isDirectory(file)) {
				throw new Unreadable(file + ": no such file, or it cannot be read");
			}
			imports.add(new ImportFile(file.getFileName().toString(), file));
		}
		return imports;
	}

	/** A file named on the command line that cannot be read. */
	private static final class Unreadable extends RuntimeException {

		Unreadable(String message) {
			super(message);
		}

	}

	/**
	 * A collection year as people write it.
	 * @param text {@code 2025-26} or {@code 2026}
	 * @return the year of its 31 March, or null
	 */
	public static @Nullable Integer collectionYear(String text) {
		Matcher matcher = YEAR.matcher(text.strip());
		if (!matcher.matches()) {
			return null;
		}
		int first = Integer.parseInt(matcher.group(1));
		if (matcher.group(2) == null) {
			return first;
		}
		int second = Integer.parseInt(matcher.group(2));
		return ((first + 1) % 100 == second) ? first + 1 : null;
	}

	static String render(List<ValidationReport> reports, String format) {
		return switch (format) {
			case "json" -> JsonMapper.builder()
				.build()
				.writeValueAsString(reports.size() == 1 ? asMap(reports.get(0))
						: reports.stream().map(ValidateCommand::asMap).toList())
					+ "\n";
			case "csv" -> csv(reports);
			default -> text(reports);
		};
	}

	private static String text(List<ValidationReport> reports) {
		StringBuilder out = new StringBuilder();
		for (ValidationReport report : reports) {
			for (Violation v : report.violations()) {
				out.append(v.code())
					.append(' ')
					.append(v.severity().name().toLowerCase(Locale.ROOT))
					.append(" | child ")
					.append((v.child() != null) ? v.child() : "(whole return)")
					.append(" | ")
					.append(v.table())
					.append((v.row() > 0) ? " row " + v.row() : "")
					.append(" | ")
					.append(v.field())
					.append(" | ")
					.append(v.message())
					.append(" | ")
					.append(v.detail())
					.append(" | ")
					.append(v.location().place())
					.append('\n');
			}
			out.append('\n')
				.append(report.file())
				.append(": ")
				.append(report.children())
				.append(" children checked against the ")
				.append(ReturnValidation.yearLabel(report.ruleSetYear()))
				.append("ssda903".equals(report.source()) ? " SSDA903 rules (" : " CIN census rules (")
				.append(report.rules())
				.append(" rules): ")
				.append(report.errors())
				.append(" errors, ")
				.append(report.queries())
				.append(" queries\n");
			for (ValidationReport.RuleCount count : report.byRule()) {
				out.append(String.format("  %-6s %-5s %6d finding(s), %6d child(ren)  %s%n", count.code(),
						count.severity().name().toLowerCase(Locale.ROOT), count.findings(), count.children(),
						count.message()));
			}
			for (String note : report.notes()) {
				out.append("  Note: ").append(note).append('\n');
			}
		}
		return out.toString();
	}

	private static String csv(List<ValidationReport> reports) {
		StringBuilder out = new StringBuilder("file,code,severity,message,child,table,row,field,detail,location\n");
		for (ValidationReport report : reports) {
			for (Violation v : report.violations()) {
				out.append(String.join(",", cell(report.file()), cell(v.code()),
						cell(v.severity().name().toLowerCase(Locale.ROOT)), cell(v.message()),
						cell((v.child() != null) ? v.child() : ""), cell(v.table()), String.valueOf(v.row()),
						cell(v.field()), cell(v.detail()), cell(v.location().place())))
					.append('\n');
			}
		}
		return out.toString();
	}

	private static String cell(String value) {
		String safe = (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		return (safe.contains(",") || safe.contains("\"") || safe.contains("\n"))
				? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
	}

	static Map<String, Object> asMap(ValidationReport report) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("source", report.source());
		map.put("file", report.file());
		map.put("collectionYear", ReturnValidation.yearLabel(report.collectionYear()));
		map.put("ruleSet", ReturnValidation.yearLabel(report.ruleSetYear()));
		map.put("rules", report.rules());
		map.put("children", report.children());
		map.put("errors", report.errors());
		map.put("queries", report.queries());
		List<Map<String, Object>> summary = new ArrayList<>();
		for (ValidationReport.RuleCount count : report.byRule()) {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("code", count.code());
			line.put("severity", count.severity().name().toLowerCase(Locale.ROOT));
			line.put("message", count.message());
			line.put("findings", count.findings());
			line.put("children", count.children());
			summary.add(line);
		}
		map.put("summary", summary);
		List<Map<String, Object>> findings = new ArrayList<>();
		for (Violation v : report.violations()) {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("code", v.code());
			line.put("severity", v.severity().name().toLowerCase(Locale.ROOT));
			line.put("message", v.message());
			line.put("child", v.child());
			line.put("table", v.table());
			line.put("row", v.row());
			line.put("field", v.field());
			line.put("detail", v.detail());
			line.put("location", v.location().place());
			findings.add(line);
		}
		map.put("findings", findings);
		map.put("notes", report.notes());
		return map;
	}

	private int usage(String message) {
		this.spec.commandLine().getErr().println(message);
		return 2;
	}

}
