package org.assure.casedata.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assure.casedata.journey.Location;
import org.jspecify.annotations.Nullable;

/**
 * One row of a return's table as the file gives it: each field's text, unconverted, with
 * where it was read. A CIN census element (a {@code CINdetails} group) is a row whose
 * nested groups are its child rows; an SSDA903 CSV line is a row without children.
 */
public final class Row {

	private final String table;

	private final int number;

	private final Location location;

	private final Map<String, List<String>> fields = new LinkedHashMap<>();

	/** Nested rows by table, made when the first is added (most rows have none). */
	private @Nullable Map<String, List<Row>> children;

	/**
	 * The fields read as dates so far, each parsed once: many rules read the same date
	 * (NOT_A_DATE where the text is none).
	 */
	private @Nullable Map<String, Object> dates;

	private static final Object NOT_A_DATE = new Object();

	private @Nullable Row parent;

	/**
	 * A row.
	 * @param table the table, as the DfE names it ({@code CINdetails}, {@code Episodes})
	 * @param number the row's number within its table in the file, from 1
	 * @param location the file and the element path or line
	 */
	public Row(String table, int number, Location location) {
		this.table = table;
		this.number = number;
		this.location = location;
	}

	public String table() {
		return this.table;
	}

	public int number() {
		return this.number;
	}

	public Location location() {
		return this.location;
	}

	public @Nullable Row parent() {
		return this.parent;
	}

	/**
	 * Adds a field's value; a field given twice keeps both, in order.
	 * @param field the field's name
	 * @param value its text, trimmed; blank text is taken as absent
	 */
	public void put(String field, @Nullable String value) {
		if (value == null) {
			return;
		}
		String trimmed = value.strip();
		if (!trimmed.isEmpty()) {
			this.fields.computeIfAbsent(field, (key) -> new ArrayList<>(1)).add(trimmed);
			if (this.dates != null) {
				this.dates.remove(field);
			}
		}
	}

	/**
	 * Nests a row under this one.
	 * @param child the nested row
	 */
	public void add(Row child) {
		child.parent = this;
		if (this.children == null) {
			this.children = new LinkedHashMap<>(4);
		}
		this.children.computeIfAbsent(child.table, (key) -> new ArrayList<>(2)).add(child);
	}

	/**
	 * The rows of a table nested under this one.
	 * @param childTable the table
	 * @return its rows, in file order
	 */
	public List<Row> rows(String childTable) {
		return (this.children != null) ? this.children.getOrDefault(childTable, List.of()) : List.of();
	}

	/**
	 * A field's text.
	 * @param field the field
	 * @return its (first) value, or null when absent or blank
	 */
	public @Nullable String text(String field) {
		List<String> values = this.fields.get(field);
		return (values == null) ? null : values.get(0);
	}

	/**
	 * Every value of a repeated field ({@code AssessmentFactors}, {@code Disability}).
	 * @param field the field
	 * @return its values, in file order
	 */
	public List<String> all(String field) {
		return this.fields.getOrDefault(field, List.of());
	}

	public boolean has(String field) {
		return this.fields.containsKey(field);
	}

	/**
	 * A field read as a date: ISO ({@code 2025-03-31}) or, as SSDA903 files write them,
	 * {@code 31/03/2025}.
	 * @param field the field
	 * @return the date, or null when absent or not a date (which the format rules report)
	 */
	public @Nullable LocalDate date(String field) {
		Object known = (this.dates != null) ? this.dates.get(field) : null;
		if (known != null) {
			return (known == NOT_A_DATE) ? null : (LocalDate) known;
		}
		LocalDate date = parseDate(text(field));
		if (this.dates == null) {
			this.dates = new java.util.HashMap<>(8);
		}
		this.dates.put(field, (date != null) ? date : NOT_A_DATE);
		return date;
	}

	/**
	 * Reads a date as returns write them.
	 * @param text the text
	 * @return the date, or null
	 */
	public static @Nullable LocalDate parseDate(@Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
				int year = org.assure.casedata.journey.Values.digits(text, 0, 4);
				int month = org.assure.casedata.journey.Values.digits(text, 5, 7);
				int day = org.assure.casedata.journey.Values.digits(text, 8, 10);
				return (year < 0 || month < 0 || day < 0) ? null : LocalDate.of(year, month, day);
			}
			if (text.length() == 10 && text.charAt(2) == '/' && text.charAt(5) == '/') {
				return LocalDate.of(Integer.parseInt(text.substring(6)), Integer.parseInt(text.substring(3, 5)),
						Integer.parseInt(text.substring(0, 2)));
			}
			if (text.length() > 10 && text.charAt(4) == '-' && text.charAt(10) == 'T') {
				return parseDate(text.substring(0, 10));
			}
		}
		catch (java.time.DateTimeException | NumberFormatException ex) {
			return null;
		}
		return null;
	}

	/**
	 * A field read as a whole number.
	 * @param field the field
	 * @return the number, or null when absent or not a number
	 */
	public @Nullable Integer number(String field) {
		String text = text(field);
		if (text == null) {
			return null;
		}
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * A yes/no field ({@code true}, {@code 1}).
	 * @param field the field
	 * @return whether it says yes
	 */
	public boolean yes(String field) {
		String text = text(field);
		return text != null && ("true".equalsIgnoreCase(text) || "1".equals(text));
	}

	@Override
	public String toString() {
		return this.table + " " + this.number + " " + this.fields;
	}

}
