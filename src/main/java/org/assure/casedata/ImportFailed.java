package org.assure.casedata;

import java.io.Serial;

/**
 * A file that cannot be imported at all: not the format it claims, malformed, hostile or
 * too large. Nothing of it is written; the message names the file, the place and the
 * problem.
 */
public class ImportFailed extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	/**
	 * A fatal problem.
	 * @param message the file, where in it, and what is wrong
	 */
	public ImportFailed(String message) {
		super(message);
	}

	/**
	 * A fatal problem with its cause.
	 * @param message the file, where in it, and what is wrong
	 * @param cause the underlying error
	 */
	public ImportFailed(String message, Throwable cause) {
		super(message, cause);
	}

}
