package org.assure.reporting.lint;

/**
 * A report the linter cannot read: not a text, Word, PDF or web page it can open safely,
 * too large, or damaged. The message names the file and what is wrong.
 */
public class UnreadableReportException extends RuntimeException {

	/**
	 * The exception.
	 * @param message the file and what is wrong with it
	 */
	public UnreadableReportException(String message) {
		super(message);
	}

	/**
	 * The exception, with its cause.
	 * @param message the file and what is wrong with it
	 * @param cause what went wrong
	 */
	public UnreadableReportException(String message, Throwable cause) {
		super(message, cause);
	}

}
