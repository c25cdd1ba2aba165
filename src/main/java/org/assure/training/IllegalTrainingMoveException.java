package org.assure.training;

/**
 * A step a booking cannot take now, with the reason a person can read.
 */
public class IllegalTrainingMoveException extends IllegalStateException {

	/**
	 * The refusal.
	 * @param message why, in words a person can read
	 */
	public IllegalTrainingMoveException(String message) {
		super(message);
	}

}
