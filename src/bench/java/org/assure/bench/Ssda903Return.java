package org.assure.bench;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.assure.casedata.ImportFile;
import org.assure.casedata.csv.AssureCsv;
import org.assure.casedata.generator.CinCensusWriter;
import org.assure.casedata.generator.GenerateCommand;
import org.assure.casedata.validation.ReturnValidator;
import org.assure.casedata.validation.Ssda903ReturnReader;
import org.assure.casedata.validation.ValidationReport;

/**
 * An SSDA903 return of a given number of children for {@code bench validate}: the tables
 * of a generated return written again and again, each copy's children given new ids,
 * until the return holds the number asked for (a return of 100,000 looked-after children
 * would otherwise need millions of generated journeys).
 */
final class Ssda903Return {

	private Ssda903Return() {
	}

	static List<Path> write(int children, Path folder, int collectionYear)
			throws IOException, javax.xml.stream.XMLStreamException {
		Path base = folder.resolve("base");
		// Three years of journeys up to the collection year's 31 March.
		Path written = GenerateCommand.write(GenerateCommand.generate(60_000, LocalDate.of(collectionYear - 3, 4, 1),
				LocalDate.of(collectionYear, 3, 31), 1), "ssda903", base);
		List<Path> tables;
		try (var paths = Files.list(written)) {
			tables = paths.sorted().toList();
		}
		int baseChildren = 0;
		try (InputStream in = Files.newInputStream(written.resolve("header.csv"));
				CSVParser parser = AssureCsv.open(in)) {
			for (CSVRecord ignored : parser) {
				baseChildren++;
			}
		}
		int copies = Math.max(1, (int) Math.ceil((double) children / Math.max(1, baseChildren)));
		List<Path> out = new ArrayList<>();
		for (Path table : tables) {
			Path target = folder.resolve(table.getFileName());
			List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
			int upnColumn = List.of(lines.get(0).split(",", -1)).indexOf("UPN");
			try (BufferedWriter writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
				writer.write(lines.get(0));
				writer.newLine();
				for (int copy = 0; copy < copies; copy++) {
					for (String line : lines.subList(1, lines.size())) {
						int comma = line.indexOf(',');
						String copied = line.substring(0, comma) + "C" + copy + line.substring(comma);
						writer.write((upnColumn >= 0) ? withOwnUpn(copied, upnColumn, copy) : copied);
						writer.newLine();
					}
				}
			}
			out.add(target);
		}
		return out;
	}

	/**
	 * A copied header row with a UPN of its own, where it has one: the copy's number and
	 * the child's, with the check letter they call for (from 2025-26 a UPN given to two
	 * children is an error, 444).
	 */
	private static String withOwnUpn(String line, int upnColumn, int copy) {
		String[] cells = line.split(",", -1);
		if (upnColumn < cells.length && cells[upnColumn].length() == 13) {
			String number = cells[0].substring(0, cells[0].lastIndexOf('C')).replaceAll("\\D", "");
			int child = number.isEmpty() ? 0 : Integer.parseInt(number.substring(Math.max(0, number.length() - 5)));
			cells[upnColumn] = CinCensusWriter.upn(String.format("%03d%05d", copy % 1000, child));
		}
		return String.join(",", cells);
	}

	static Map<String, Object> measure(List<Path> files, int runs, int collectionYear) throws IOException {
		List<ImportFile> tables = files.stream()
			.map((file) -> new ImportFile(file.getFileName().toString(), file))
			.toList();
		ReturnValidator validator = ReturnValidator.standard();
		long bare = Long.MAX_VALUE;
		long rules = Long.MAX_VALUE;
		long tablesOnly = Long.MAX_VALUE;
		long records = 0;
		long peak = 0;
		ValidationReport report = null;
		for (int run = 0; run < runs; run++) {
			long start = System.nanoTime();
			records = 0;
			for (Path file : files) {
				try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
						CSVParser parser = AssureCsv.open(in)) {
					for (CSVRecord record : parser) {
						records += record.size();
					}
				}
			}
			bare = Math.min(bare, System.nanoTime() - start);
			start = System.nanoTime();
			long[] read = { 0 };
			Ssda903ReturnReader.read(tables, (child) -> read[0]++);
			tablesOnly = Math.min(tablesOnly, System.nanoTime() - start);
			report = null;
			System.gc();
			ValidateBench.resetPeaks();
			start = System.nanoTime();
			report = validator.ssda903(tables, collectionYear);
			rules = Math.min(rules, System.nanoTime() - start);
			peak = Math.max(peak, ValidateBench.peakHeap());
		}
		long bytes = 0;
		for (Path file : files) {
			bytes += Files.size(file);
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("source", "ssda903");
		result.put("megabytes", Math.round(bytes / 1e6 * 10) / 10.0);
		result.put("children", report.children());
		result.put("cells", records);
		result.put("collectionYear", report.collectionYear());
		result.put("rules", report.rules());
		result.put("findings", report.violations().size());
		result.put("bareCsvSeconds", ValidateBench.seconds(bare));
		result.put("tablesSeconds", ValidateBench.seconds(tablesOnly));
		result.put("tablesRatio", Math.round((double) tablesOnly / bare * 100) / 100.0);
		result.put("rulesSeconds", ValidateBench.seconds(rules));
		result.put("rulesRatio", Math.round((double) rules / bare * 100) / 100.0);
		result.put("goalRatio", 3.0);
		result.put("peakHeapMegabytes", Math.round(peak / 1e6));
		result.put("maxHeapMegabytes", Math.round(Runtime.getRuntime().maxMemory() / 1e6));
		result.put("runs", runs);
		return result;
	}

}
