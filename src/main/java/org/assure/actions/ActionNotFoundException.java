package org.assure.actions;

/**
 * The partnership has no action with that number.
 */
public class ActionNotFoundException extends RuntimeException {

	/**
	 * The exception.
	 * @param id the number asked for
	 */
	public ActionNotFoundException(long id) {
		super("No action " + id);
	}

}
