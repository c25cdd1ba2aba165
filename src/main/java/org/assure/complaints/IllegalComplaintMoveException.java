package org.assure.complaints;

/**
 * A complaint cannot make the move asked of it: the message says why, in words the
 * complaints manager reads.
 */
public class IllegalComplaintMoveException extends RuntimeException {

	/**
	 * A refused move.
	 * @param message why it is refused
	 */
	public IllegalComplaintMoveException(String message) {
		super(message);
	}

}
