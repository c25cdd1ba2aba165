package org.assure.shell;

import java.util.List;

/**
 * Thrown when an uploaded file breaks a rule; nothing of it is stored. Each problem names
 * the file, the row, the column and the rule.
 */
public final class InvalidUploadException extends RuntimeException {

	private final List<String> problems;

	/**
	 * A refused file.
	 * @param problems the problems, in file order
	 */
	public InvalidUploadException(List<String> problems) {
		super(String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	/**
	 * The problems, in file order.
	 * @return the problems
	 */
	public List<String> problems() {
		return this.problems;
	}

}
