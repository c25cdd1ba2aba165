package org.assure.casedata.validation.ssda903;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.assure.casedata.ImportFile;
import org.assure.casedata.validation.ReferenceData;
import org.assure.casedata.validation.ReturnValidator;
import org.assure.casedata.validation.ValidationReport;
import org.assure.casedata.validation.Violation;

/**
 * A small SSDA903 return written as lines, for rule tests: a line of column names
 * (starting {@code CHILD,}) begins a table, the lines after it are its rows. Each table
 * is written to its own CSV file in a folder.
 */
final class Ssda903Return {

	private final Path folder;

	private int written;

	Ssda903Return(Path folder) {
		this.folder = folder;
	}

	/** The codes found, each once, sorted. */
	List<String> codes(int year, String... lines) {
		return codesOf(report(year, lines));
	}

	/** The codes found with last year's tables given too (as lines of the same form). */
	List<String> codes(int year, List<String> lastYear, String... lines) {
		return codesOf(ReturnValidator.standard().ssda903(files(lines), year, files(lastYear.toArray(String[]::new))));
	}

	/**
	 * The codes found with reference data given (the authority, postcodes, providers).
	 */
	List<String> codes(int year, ReferenceData reference, String... lines) {
		return codesOf(report(year, reference, lines));
	}

	ValidationReport report(int year, ReferenceData reference, String... lines) {
		return ReturnValidator.standard().ssda903(files(lines), year, null, reference);
	}

	/** The findings of one code. */
	List<Violation> findings(String code, int year, String... lines) {
		return report(year, lines).violations().stream().filter((found) -> found.code().equals(code)).toList();
	}

	ValidationReport report(int year, String... lines) {
		return ReturnValidator.standard().ssda903(files(lines), year);
	}

	private static List<String> codesOf(ValidationReport report) {
		return report.violations().stream().map(Violation::code).distinct().sorted().toList();
	}

	List<ImportFile> files(String... lines) {
		Map<Integer, List<String>> tables = new TreeMap<>();
		int table = 0;
		for (String line : lines) {
			if (line.startsWith("CHILD,")) {
				table++;
			}
			tables.computeIfAbsent(table, (key) -> new ArrayList<>()).add(line);
		}
		List<ImportFile> files = new ArrayList<>();
		try {
			Path set = Files.createDirectories(this.folder.resolve("set" + (++this.written)));
			for (Map.Entry<Integer, List<String>> each : tables.entrySet()) {
				Path file = set.resolve("table" + each.getKey() + ".csv");
				Files.writeString(file, each.getValue().stream().collect(Collectors.joining("\n", "", "\n")));
				files.add(new ImportFile(file.getFileName().toString(), file));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

}
