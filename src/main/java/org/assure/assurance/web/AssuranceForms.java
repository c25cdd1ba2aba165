package org.assure.assurance.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;

/**
 * How assurance's forms read what was typed: a date, a month, a ticked box, a whole
 * number; a value that is not one is a problem named by its field.
 */
final class AssuranceForms {

	private AssuranceForms() {
	}

	/** A typed date, or null when blank; a date that is not one is a problem. */
	static @Nullable LocalDate date(Map<String, String> params, String field, Map<String, String> problems) {
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

	/** A typed month, or null when blank; a month that is not one is a problem. */
	static @Nullable YearMonth month(Map<String, String> params, String field, Map<String, String> problems) {
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
	 * A typed whole number, or null when blank; a number that is not one is a problem.
	 */
	static @Nullable Integer wholeNumber(Map<String, String> params, String field, Map<String, String> problems) {
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

	/** Whether a box was ticked. */
	static boolean ticked(Map<String, String> params, String field) {
		return "true".equals(params.get(field));
	}

	/** The enum constant a form's value names, or null when it names none. */
	static <E extends Enum<E>> @Nullable E choice(Class<E> type, Map<String, String> params, String field) {
		String value = params.getOrDefault(field, "");
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		return null;
	}

	/** An empty set of problems and typed values, when no redirect brought any. */
	static void noProblemsYet(Model model) {
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", Map.of());
			model.addAttribute("draft", Map.of());
		}
	}

}
