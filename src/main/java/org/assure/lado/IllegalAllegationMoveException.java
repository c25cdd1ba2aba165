package org.assure.lado;

/**
 * An allegation cannot make the move asked of it: the message says why, in words the LADO
 * reads.
 */
public class IllegalAllegationMoveException extends RuntimeException {

	/**
	 * A refused move.
	 * @param message why it is refused
	 */
	public IllegalAllegationMoveException(String message) {
		super(message);
	}

}
