package org.assure.childdeath;

/**
 * A step a child death's review cannot take now, with the reason a person can read.
 */
public class IllegalChildDeathMoveException extends IllegalStateException {

	/**
	 * The refusal.
	 * @param message why, in words a person can read
	 */
	public IllegalChildDeathMoveException(String message) {
		super(message);
	}

}
