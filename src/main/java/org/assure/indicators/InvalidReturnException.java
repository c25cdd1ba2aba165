package org.assure.indicators;

import java.util.Map;

/**
 * Thrown when a return breaks a rule; nothing of it is stored.
 */
public final class InvalidReturnException extends RuntimeException {

	private final Map<String, String> problems;

	InvalidReturnException(Map<String, String> problems) {
		super(String.join("; ", problems.values()));
		this.problems = Map.copyOf(problems);
	}

	/**
	 * The broken rules.
	 * @return messages by field
	 */
	public Map<String, String> problems() {
		return this.problems;
	}

}
