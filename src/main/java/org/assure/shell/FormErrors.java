package org.assure.shell;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * A form's errors as the GOV.UK error summary shows them: each field's first message, in
 * the order they were found. Templates read them as {@code errors}.
 */
public final class FormErrors {

	private final Map<String, String> byField = new LinkedHashMap<>();

	private FormErrors() {
	}

	/**
	 * No errors yet.
	 * @return an empty set of errors
	 */
	public static FormErrors none() {
		return new FormErrors();
	}

	/**
	 * The errors of a bound form.
	 * @param result the binding result
	 * @return the errors, one per field
	 */
	public static FormErrors of(BindingResult result) {
		FormErrors errors = new FormErrors();
		for (ObjectError error : result.getAllErrors()) {
			String field = (error instanceof FieldError fieldError) ? fieldError.getField() : "form";
			errors.add(field, (error.getDefaultMessage() != null) ? error.getDefaultMessage() : "Check this answer");
		}
		return errors;
	}

	/**
	 * Adds an error unless the field has one already.
	 * @param field the field's name, which is also its input's id
	 * @param message what is wrong and how to put it right
	 * @return these errors
	 */
	public FormErrors add(String field, String message) {
		this.byField.putIfAbsent(field, message);
		return this;
	}

	public boolean isEmpty() {
		return this.byField.isEmpty();
	}

	public boolean has(String field) {
		return this.byField.containsKey(field);
	}

	public String get(String field) {
		return this.byField.getOrDefault(field, "");
	}

	public Map<String, String> all() {
		return Map.copyOf(this.byField);
	}

	/**
	 * The errors in order, for the error summary.
	 * @return field to message
	 */
	public Map<String, String> ordered() {
		return new LinkedHashMap<>(this.byField);
	}

}
