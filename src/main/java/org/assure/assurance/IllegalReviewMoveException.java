package org.assure.assurance;

/**
 * A case review cannot make the move asked of it: the message says why, in words a board
 * manager reads.
 */
public class IllegalReviewMoveException extends RuntimeException {

	/**
	 * A refused move.
	 * @param message why it is refused
	 */
	public IllegalReviewMoveException(String message) {
		super(message);
	}

}
