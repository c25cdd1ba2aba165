package org.assure.assurance;

/**
 * A case file audit cannot make the move asked of it: the message says why, in words a
 * board manager reads.
 */
public class IllegalAuditMoveException extends RuntimeException {

	/**
	 * A refused move.
	 * @param message why it is refused
	 */
	public IllegalAuditMoveException(String message) {
		super(message);
	}

}
