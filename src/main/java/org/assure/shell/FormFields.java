package org.assure.shell;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;

/**
 * How a form's typed values are read, the same way on every page: a date, a month, a
 * ticked box, a whole number, a choice of an enum; a value that is not one is a problem
 * named by its field, in words a person reads.
 */
public final class FormFields {

	private FormFields() {
	}

	/**
	 * A typed date.
	 * @param params the form's fields
	 * @param field the field
	 * @param problems where a date that is not one is put, by field
	 * @return the date, or null when blank or not a date
	 */
	public static @Nullable LocalDate date(Map<String, String> params, String field, Map<String, String> problems) {
		String text = params.getOrDefault(field, "").strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			problems.put(field, "Enter a real date as year-month-day, such as 2015-01-12");
			return null;
		}
	}

	/**
	 * A typed month.
	 * @param params the form's fields
	 * @param field the field
	 * @param problems where a month that is not one is put, by field
	 * @return the month, or null when blank or not a month
	 */
	public static @Nullable YearMonth month(Map<String, String> params, String field, Map<String, String> problems) {
		String text = params.getOrDefault(field, "").strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return YearMonth.parse(text);
		}
		catch (DateTimeParseException ex) {
			problems.put(field, "Enter a month as year-month, such as 2015-06");
			return null;
		}
	}

	/**
	 * A typed whole number.
	 * @param params the form's fields
	 * @param field the field
	 * @param problems where a number that is not one is put, by field
	 * @return the number, or null when blank or not a whole number
	 */
	public static @Nullable Integer wholeNumber(Map<String, String> params, String field,
			Map<String, String> problems) {
		String text = params.getOrDefault(field, "").strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			problems.put(field, "Enter a whole number, such as 6");
			return null;
		}
	}

	/**
	 * Whether a box was ticked (its value is {@code true}).
	 * @param params the form's fields
	 * @param field the box
	 * @return true when ticked
	 */
	public static boolean ticked(Map<String, String> params, String field) {
		return "true".equals(params.get(field));
	}

	/**
	 * The constant of an enum a form's value names.
	 * @param <E> the enum
	 * @param type the enum's class
	 * @param params the form's fields
	 * @param field the field
	 * @return the constant, or null when the value names none
	 */
	public static <E extends Enum<E>> @Nullable E choice(Class<E> type, Map<String, String> params, String field) {
		String value = params.getOrDefault(field, "");
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		return null;
	}

	/**
	 * An empty set of problems and typed values for a page, when no redirect brought any.
	 * @param model the page's model
	 */
	public static void noProblemsYet(Model model) {
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", Map.of());
			model.addAttribute("draft", Map.of());
		}
	}

}
