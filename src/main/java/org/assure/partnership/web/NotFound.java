package org.assure.partnership.web;

import java.io.Serial;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record that does not exist in the user's partnership: answered 404, the same as one
 * that exists in another partnership, so that nothing leaks across partnerships.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
final class NotFound extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	NotFound() {
		super("Not found in this partnership");
	}

}
