package org.assure.casedata.journey;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Reading a field's text as a date, number or yes/no, the same way for every importer: a
 * value that cannot be read is recorded on the child, against the part it belongs to, for
 * rule DQ100 to report and reject.
 */
public final class Values {

	private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

	private Values() {
	}

	/**
	 * A date written yyyy-mm-dd, or dd/mm/yyyy as UK files often have it.
	 * @param child the child whose journey it is
	 * @param part the part the field belongs to
	 * @param at where the part was read
	 * @param field the field's name
	 * @param value the text, or null
	 * @return the date, or null when there is none or it cannot be read
	 */
	public static @Nullable LocalDate date(Journey.Child child, Journey.Part part, Location at, String field,
			@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.trim();
		LocalDate iso = isoDate(text);
		if (iso != null) {
			return iso;
		}
		try {
			return text.contains("/") ? LocalDate.parse(text, UK_DATE) : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			unreadable(child, part, at, field, text, "a date (yyyy-mm-dd or dd/mm/yyyy)");
			return null;
		}
	}

	/**
	 * A date written exactly {@code yyyy-mm-dd}, read without a formatter (the common
	 * case of every file, read millions of times); anything else, or a date that does not
	 * exist, is left to the formatter and its message.
	 * @param text the text
	 * @return the date, or null when the text is not in that form or not a date
	 */
	static @Nullable LocalDate isoDate(String text) {
		if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 7);
		int day = digits(text, 8, 10);
		if (year < 0 || month < 1 || month > 12 || day < 1
				|| day > 28 && day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
			return null;
		}
		return LocalDate.of(year, month, day);
	}

	/**
	 * A month written exactly {@code yyyy-mm}, read without a parser (a child's birth
	 * month, read once for each child of a file).
	 * @param text the text
	 * @return the month, or null when the text is not in that form or not a month
	 */
	public static java.time.@Nullable YearMonth isoMonth(String text) {
		if (text.length() != 7 || text.charAt(4) != '-') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 7);
		return (year < 0 || month < 1 || month > 12) ? null : java.time.YearMonth.of(year, month);
	}

	/**
	 * The number the characters from one index to another spell.
	 * @param text the text
	 * @param from the first index
	 * @param to the index after the last
	 * @return the number, or -1 when not all are digits
	 */
	public static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	/**
	 * A whole number.
	 * @param child the child whose journey it is
	 * @param part the part the field belongs to
	 * @param at where the part was read
	 * @param field the field's name
	 * @param value the text, or null
	 * @return the number, or null when there is none or it cannot be read
	 */
	public static @Nullable Integer number(Journey.Child child, Journey.Part part, Location at, String field,
			@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			unreadable(child, part, at, field, value, "a whole number");
			return null;
		}
	}

	/**
	 * Yes or no: 1/0, true/false, y/n, yes/no, in any case.
	 * @param child the child whose journey it is
	 * @param part the part the field belongs to
	 * @param at where the part was read
	 * @param field the field's name
	 * @param value the text, or null
	 * @return the answer, or null when there is none or it cannot be read
	 */
	public static @Nullable Boolean yesNo(Journey.Child child, Journey.Part part, Location at, String field,
			@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return switch (value.trim().toLowerCase(Locale.ROOT)) {
			case "1", "true", "y", "yes" -> Boolean.TRUE;
			case "0", "false", "n", "no" -> Boolean.FALSE;
			default -> {
				unreadable(child, part, at, field, value, "yes or no (1/0, true/false)");
				yield null;
			}
		};
	}

	/**
	 * Records a value that cannot be read.
	 * @param child the child whose journey it is
	 * @param part the part to reject
	 * @param at where the part was read
	 * @param field the field's name
	 * @param value what was there
	 * @param expected what should have been
	 */
	public static void unreadable(Journey.Child child, Journey.Part part, Location at, String field, String value,
			String expected) {
		child.unreadable.add(new Journey.Unreadable(at.then(field), field, value, expected));
		child.unreadableParts.add(part);
	}

}
