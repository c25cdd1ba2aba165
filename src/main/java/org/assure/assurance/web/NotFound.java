package org.assure.assurance.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The partnership has no such record, or it is withdrawn: the page answers 404.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
final class NotFound extends RuntimeException {

	NotFound() {
		super("No such record in this partnership");
	}

}
