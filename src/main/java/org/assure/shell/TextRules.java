package org.assure.shell;

import java.util.Map;

/**
 * The rule every free-text field of a form keeps: present, and not too long.
 */
public final class TextRules {

	private TextRules() {
	}

	/**
	 * Checks a required text field.
	 * @param problems the problems found so far, by field; one is added when the rule is
	 * broken
	 * @param field the field
	 * @param text what was typed
	 * @param missing the message when nothing was typed
	 * @param max the most characters allowed
	 */
	public static void require(Map<String, String> problems, String field, String text, String missing, int max) {
		if (text.isBlank()) {
			problems.put(field, missing);
		}
		else if (text.strip().length() > max) {
			problems.put(field, String.format(java.util.Locale.UK, "At most %,d characters", max));
		}
	}

}
