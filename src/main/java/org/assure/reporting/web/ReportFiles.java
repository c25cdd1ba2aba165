package org.assure.reporting.web;

import org.assure.partnership.AssureUser;
import org.assure.partnership.Exports;
import org.assure.reporting.QuarterlyReports;
import org.assure.reporting.Watermarks;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/**
 * A report's file downloaded: the format's permission checked before anything is read,
 * then the file stamped with who downloads it and when, and sent through {@link Exports}.
 */
final class ReportFiles {

	private ReportFiles() {
	}

	/**
	 * The format asked for, once the user's role may export it.
	 * @param exports the exports
	 * @param user who asks
	 * @param extension such as pdf
	 * @return the format
	 * @throws ResponseStatusException 404 for a format reports are not kept in
	 */
	static QuarterlyReports.Format allowed(Exports exports, AssureUser user, String extension) {
		QuarterlyReports.Format format = QuarterlyReports.Format.of(extension)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such file"));
		exports.check(user, format.exported());
		return format;
	}

	/**
	 * Sends a report's file, watermarked.
	 * @param exports the exports
	 * @param user who downloads it
	 * @param format its format
	 * @param bytes the file as kept
	 * @param published whether it is an edition for publication
	 * @param name the file's name, without the extension
	 * @param recordType what it is, for the access log
	 * @param recordId which, for the access log
	 * @return the response
	 */
	static ResponseEntity<byte[]> send(Exports exports, AssureUser user, QuarterlyReports.Format format, byte[] bytes,
			boolean published, String name, String recordType, String recordId) {
		return exports.send(user, format.exported(), name,
				Watermarks.stamp(format, bytes, exports.stamp(user, published)), recordType, recordId);
	}

}
