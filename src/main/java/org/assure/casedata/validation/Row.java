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
 * <p>
 * The rows of one table read from one file share their field names ({@link Fields}): each
 * row keeps its values in an array by the field's number, not a map of its own, as a
 * return holds millions of cells.
 */
public final class Row {

	private final String table;

	private final int number;

	private @Nullable Location location;

	/**
	 * The file and line of a CSV row or an XML element, its location made only when a
	 * finding asks for it.
	 */
	private final @Nullable String file;

	private final long line;

	/** Where an XML element sits in its document, worked out when asked for. */
	private final java.util.function.@Nullable Supplier<String> path;

	private final Fields fields;

	/** Each field's first value, by the field's number; null where absent. */
	private @Nullable String[] values;

	/** The second and later values of a field given more than once (rare). */
	private @Nullable Map<String, List<String>> repeated;

	/** Nested rows by table, made when the first is added (most rows have none). */
	private @Nullable TableRows children;

	/**
	 * The fields read as dates so far, by the field's number, each parsed once: many
	 * rules read the same date (NOT_A_DATE where the text is none).
	 */
	private @Nullable Object[] dates;

	private static final Object NOT_A_DATE = new Object();

	private static final String[] NONE = new String[0];

	private @Nullable Row parent;

	/**
	 * The field names of a table's rows, each with its number, shared by the rows read
	 * from one file; a name met for the first time is given the next number. Safe to read
	 * from one thread while another adds.
	 */
	public static final class Fields {

		private final java.util.concurrent.ConcurrentHashMap<String, Integer> numbers = new java.util.concurrent.ConcurrentHashMap<>();

		private volatile String[] names = NONE;

		/**
		 * A field's number.
		 * @param name the field's name
		 * @return its number, or -1 when no row has it
		 */
		int numberOf(String name) {
			// The names are interned, as the rules' literals are: a walk comparing
			// identity finds most before a hash would be worked out.
			String[] known = this.names;
			for (int i = 0; i < known.length; i++) {
				if (known[i] == name) {
					return i;
				}
			}
			Integer number = this.numbers.get(name);
			return (number != null) ? number : -1;
		}

		/**
		 * A field's number, given one if it has none yet.
		 * @param name the field's name
		 * @return its number
		 */
		public int add(String name) {
			Integer number = this.numbers.get(name);
			if (number != null) {
				return number;
			}
			synchronized (this) {
				number = this.numbers.get(name);
				if (number == null) {
					String[] grown = java.util.Arrays.copyOf(this.names, this.names.length + 1);
					number = this.names.length;
					// Interned, so that a rule's literal finds it by identity.
					grown[number] = name.intern();
					this.names = grown;
					this.numbers.put(grown[number], number);
				}
				return number;
			}
		}

		int size() {
			return this.names.length;
		}

		String name(int number) {
			return this.names[number];
		}

	}

	/**
	 * A row with field names of its own.
	 * @param table the table, as the DfE names it ({@code CINdetails}, {@code Episodes})
	 * @param number the row's number within its table in the file, from 1
	 * @param location the file and the element path or line
	 */
	public Row(String table, int number, Location location) {
		this(table, number, new Fields(), location);
	}

	/**
	 * A row sharing its table's field names.
	 * @param table the table
	 * @param number the row's number within its table in the file, from 1
	 * @param fields the field names of the table's rows
	 * @param location the file and the element path or line
	 */
	public Row(String table, int number, Fields fields, Location location) {
		this.table = table;
		this.number = number;
		this.fields = fields;
		this.location = location;
		this.file = null;
		this.line = 0;
		this.path = null;
	}

	/**
	 * An element of an XML return, sharing its table's field names; its location ("line
	 * N, Children/Child[3]/CINdetails[1]") is made when a finding asks for it.
	 * @param table the table
	 * @param number the row's number within its table in the file, from 1
	 * @param fields the field names of the table's rows
	 * @param file the file's name
	 * @param line the line the element begins on
	 * @param path where the element sits, such as "Children/Child[3]/CINdetails[1]"
	 */
	public Row(String table, int number, Fields fields, String file, int line,
			java.util.function.Supplier<String> path) {
		this.table = table;
		this.number = number;
		this.fields = fields;
		this.file = file;
		this.line = line;
		this.path = path;
	}

	/**
	 * A line of a CSV table, sharing its table's field names; its location ("row N") is
	 * made when a finding asks for it.
	 * @param table the table
	 * @param number the row's number within its table in the file, from 1
	 * @param fields the field names of the table's rows
	 * @param file the file's name
	 * @param line the line as a spreadsheet numbers it (the header is line 1)
	 */
	public Row(String table, int number, Fields fields, String file, long line) {
		this.table = table;
		this.number = number;
		this.fields = fields;
		this.file = file;
		this.line = line;
		this.path = null;
		// Room for every column of the file at once, rather than grown a field at a time.
		this.values = new String[fields.size()];
	}

	public String table() {
		return this.table;
	}

	public int number() {
		return this.number;
	}

	public Location location() {
		Location known = this.location;
		if (known == null) {
			known = new Location(this.file,
					(this.path != null) ? "line " + this.line + ", " + this.path.get() : "row " + this.line);
			this.location = known;
		}
		return known;
	}

	/**
	 * The line the row was read from: a CSV row's line as a spreadsheet numbers it, an
	 * XML element's first line; 0 when the row was made with its location.
	 * @return the line
	 */
	public long line() {
		return this.line;
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
		if (trimmed.isEmpty()) {
			return;
		}
		put(this.fields.add(field), trimmed);
	}

	/**
	 * Adds a field's value by the field's number in the row's {@link Fields}.
	 * @param field the field's number
	 * @param value its text, already trimmed and not blank
	 */
	public void put(int field, String value) {
		String[] known = this.values;
		if (known == null || known.length <= field) {
			known = java.util.Arrays.copyOf((known != null) ? known : NONE,
					Math.max(field + 1, (known != null) ? known.length * 2 : 4));
			this.values = known;
		}
		if (known[field] == null) {
			known[field] = value;
		}
		else {
			if (this.repeated == null) {
				this.repeated = new LinkedHashMap<>(2);
			}
			this.repeated.computeIfAbsent(this.fields.name(field), (key) -> new ArrayList<>(2)).add(value);
		}
		if (this.dates != null && field < this.dates.length) {
			this.dates[field] = null;
		}
	}

	/**
	 * Nests a row under this one.
	 * @param child the nested row
	 */
	public void add(Row child) {
		child.parent = this;
		if (this.children == null) {
			this.children = new TableRows();
		}
		this.children.add(child.table, child);
	}

	/**
	 * The rows of a table nested under this one.
	 * @param childTable the table
	 * @return its rows, in file order
	 */
	public List<Row> rows(String childTable) {
		return (this.children != null) ? this.children.get(childTable) : List.of();
	}

	/**
	 * A field's text.
	 * @param field the field
	 * @return its (first) value, or null when absent or blank
	 */
	public @Nullable String text(String field) {
		String[] known = this.values;
		if (known == null) {
			return null;
		}
		int index = this.fields.numberOf(field);
		return (index >= 0 && index < known.length) ? known[index] : null;
	}

	/**
	 * Every value of a repeated field ({@code AssessmentFactors}, {@code Disability}).
	 * @param field the field
	 * @return its values, in file order
	 */
	public List<String> all(String field) {
		String first = text(field);
		if (first == null) {
			return List.of();
		}
		List<String> more = (this.repeated != null) ? this.repeated.get(field) : null;
		if (more == null) {
			return List.of(first);
		}
		List<String> all = new ArrayList<>(more.size() + 1);
		all.add(first);
		all.addAll(more);
		return all;
	}

	/**
	 * Each field the row gives, with its (first) value, in the order of the fields'
	 * numbers.
	 * @param each called with each field and value
	 */
	public void fields(java.util.function.BiConsumer<String, String> each) {
		String[] known = this.values;
		if (known == null) {
			return;
		}
		for (int index = 0; index < known.length; index++) {
			if (known[index] != null) {
				each.accept(this.fields.name(index), known[index]);
			}
		}
	}

	public boolean has(String field) {
		return text(field) != null;
	}

	/**
	 * A field read as a date: ISO ({@code 2025-03-31}) or, as SSDA903 files write them,
	 * {@code 31/03/2025}.
	 * @param field the field
	 * @return the date, or null when absent or not a date (which the format rules report)
	 */
	public @Nullable LocalDate date(String field) {
		int index = this.fields.numberOf(field);
		String[] known = this.values;
		if (index < 0 || known == null || index >= known.length || known[index] == null) {
			return null;
		}
		Object[] parsed = this.dates;
		if (parsed == null || parsed.length <= index) {
			parsed = java.util.Arrays.copyOf((parsed != null) ? parsed : new Object[0], known.length);
			this.dates = parsed;
		}
		Object date = parsed[index];
		if (date == null) {
			LocalDate read = parseDate(known[index]);
			date = (read != null) ? read : NOT_A_DATE;
			parsed[index] = date;
		}
		return (date == NOT_A_DATE) ? null : (LocalDate) date;
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
				int year = org.assure.casedata.journey.Values.digits(text, 6, 10);
				int month = org.assure.casedata.journey.Values.digits(text, 3, 5);
				int day = org.assure.casedata.journey.Values.digits(text, 0, 2);
				return (year < 0 || month < 0 || day < 0) ? null : LocalDate.of(year, month, day);
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
		Map<String, String> given = new LinkedHashMap<>();
		String[] known = (this.values != null) ? this.values : NONE;
		for (int index = 0; index < known.length; index++) {
			if (known[index] != null) {
				given.put(this.fields.name(index), known[index]);
			}
		}
		return this.table + " " + this.number + " " + given;
	}

}
