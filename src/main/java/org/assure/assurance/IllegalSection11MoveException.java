package org.assure.assurance;

/**
 * A Section 11 round cannot do what is asked of it: the message says why, in words a
 * board manager or an agency's data lead reads.
 */
public class IllegalSection11MoveException extends RuntimeException {

	/**
	 * A refused move.
	 * @param message why it is refused
	 */
	public IllegalSection11MoveException(String message) {
		super(message);
	}

}
