package org.assure.indicators;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.assure.calendar.ReportingPeriod;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published figures to compare a partnership's indicators with: England, a region,
 * statistical neighbours. Loaded from CSV, each with its source; a load replaces the
 * figures it repeats and is all or nothing.
 */
@Service
public class Comparators {

	/** The columns of a comparator file, in any order. */
	public static final List<String> COLUMNS = List.of("indicator", "area", "period", "value", "source");

	/** The comparators Assure ships. */
	static final String SHIPPED = "indicators/comparators-england-2014-15.csv";

	private final Catalogue catalogue;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final JudgementCache cache;

	Comparators(Catalogue catalogue, JdbcClient jdbc, Clock clock, JudgementCache cache) {
		this.cache = cache;
		this.catalogue = catalogue;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A published figure.
	 *
	 * @param indicatorCode the indicator
	 * @param area England, a region, or statistical neighbours
	 * @param period the period's code
	 * @param value the figure, in the indicator's unit
	 * @param source where it was published
	 */
	public record Comparator(String indicatorCode, String area, String period, double value, String source) {
	}

	/**
	 * An indicator's comparators, by period then area.
	 * @param partnershipId the partnership
	 * @param code the indicator
	 * @return the comparators
	 */
	@Transactional(readOnly = true)
	public List<Comparator> of(long partnershipId, String code) {
		return this.jdbc.sql("""
				select indicator_code, area, period_code, comparator_value, source from indicator_comparator
				where partnership_id = ? and indicator_code = ? order by period_code, area""")
			.params(partnershipId, code)
			.query((rs, row) -> new Comparator(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
					rs.getString(5)))
			.list();
	}

	/**
	 * Every comparator of a partnership.
	 * @param partnershipId the partnership
	 * @return the comparators, by indicator, period then area
	 */
	@Transactional(readOnly = true)
	public List<Comparator> all(long partnershipId) {
		return this.jdbc.sql("""
				select indicator_code, area, period_code, comparator_value, source from indicator_comparator
				where partnership_id = ? order by indicator_code, period_code, area""")
			.param(partnershipId)
			.query((rs, row) -> new Comparator(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
					rs.getString(5)))
			.list();
	}

	/**
	 * Loads the comparators Assure ships.
	 * @param partnershipId the partnership
	 * @param username who
	 * @return how many figures were loaded
	 */
	@Transactional
	public int loadShipped(long partnershipId, String username) {
		try (Reader reader = new InputStreamReader(new ClassPathResource(SHIPPED).getInputStream(),
				StandardCharsets.UTF_8)) {
			return load(partnershipId, reader, SHIPPED, username);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + SHIPPED, ex);
		}
	}

	/**
	 * Loads comparators from CSV with the columns {@link #COLUMNS}. Every row is checked
	 * first; if any breaks a rule nothing is loaded.
	 * @param partnershipId the partnership
	 * @param csv the file
	 * @param fileName its name, for messages
	 * @param username who
	 * @return how many figures were loaded
	 * @throws InvalidFileException naming each row, column and rule broken
	 */
	@Transactional
	public int load(long partnershipId, Reader csv, String fileName, String username) {
		List<String> problems = new ArrayList<>();
		List<Comparator> rows = new ArrayList<>();
		try (CSVParser parser = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.setCommentMarker('#')
			.get()
			.parse(csv)) {
			List<String> header = parser.getHeaderNames().stream().map((h) -> h.toLowerCase(Locale.ROOT)).toList();
			for (String column : COLUMNS) {
				if (!header.contains(column)) {
					problems.add(fileName + ": the column '" + column + "' is missing; the columns are "
							+ String.join(", ", COLUMNS));
				}
			}
			if (problems.isEmpty()) {
				for (CSVRecord record : parser) {
					rows.add(row(partnershipId, fileName, record, problems));
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException ex) {
			problems.add(fileName + ": not a readable CSV file (" + ex.getMessage() + ")");
		}
		if (!problems.isEmpty()) {
			throw new InvalidFileException(problems);
		}
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		for (Comparator row : rows) {
			this.jdbc.sql("""
					delete from indicator_comparator where partnership_id = ? and indicator_code = ? and area = ?
					and period_code = ?""")
				.params(partnershipId, row.indicatorCode(), row.area(), row.period())
				.update();
			this.jdbc
				.sql("""
						insert into indicator_comparator (partnership_id, indicator_code, area, period_code, comparator_value,
						       source, loaded_by, loaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(partnershipId, row.indicatorCode(), row.area(), row.period(), row.value(), row.source(),
						username, now)
				.update();
		}
		this.cache.changed(partnershipId);
		return rows.size();
	}

	private Comparator row(long partnershipId, String fileName, CSVRecord record, List<String> problems) {
		String where = fileName + " row " + (record.getRecordNumber() + 1) + ": ";
		String code = record.get("indicator");
		if (this.catalogue.find(partnershipId, code).isEmpty()) {
			problems.add(where + "indicator: there is no indicator '" + code + "' in the catalogue");
		}
		String area = record.get("area");
		if (area.isBlank() || area.length() > 60) {
			problems.add(where + "area: give the area compared with, such as England (at most 60 characters)");
		}
		String period = record.get("period");
		try {
			period = ReportingPeriod.parse(period).code();
		}
		catch (IllegalArgumentException ex) {
			problems.add(where + "period: " + ex.getMessage());
		}
		double value = Double.NaN;
		try {
			value = Double.parseDouble(record.get("value").replace(",", ""));
			if (value < 0 || Double.isNaN(value) || Double.isInfinite(value)) {
				problems.add(where + "value: a figure of zero or more, not '" + record.get("value") + "'");
			}
		}
		catch (NumberFormatException ex) {
			problems.add(where + "value: a figure, such as 24.0, not '" + record.get("value") + "'");
		}
		String source = record.get("source");
		if (source.isBlank() || source.length() > 500) {
			problems.add(where + "source: say where the figure was published (at most 500 characters)");
		}
		return new Comparator(code, area, period, value, source);
	}

}
