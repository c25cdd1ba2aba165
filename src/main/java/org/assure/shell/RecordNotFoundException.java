package org.assure.shell;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The partnership has no such record, or it is withdrawn: the page answers 404, the same
 * for a record that never existed and one of another partnership.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public final class RecordNotFoundException extends RuntimeException {

	/**
	 * A record not found.
	 */
	public RecordNotFoundException() {
		super("No such record in this partnership");
	}

}
