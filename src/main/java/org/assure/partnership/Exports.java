package org.assure.partnership;

import java.text.Normalizer;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.assure.audit.AccessAction;
import org.assure.audit.AccessEvent;
import org.assure.audit.AccessLog;
import org.assure.shell.ExportFormat;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Every export goes through here (SECURITY.md): the user's role must hold the permission
 * of the format; the file carries a watermark with the user and the time; its name is
 * safe to save on any system; and the export is written to the access log.
 */
@Service
public class Exports {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	private final ExportSettings settings;

	private final AccessLog accessLog;

	private final Clock clock;

	Exports(ExportSettings settings, AccessLog accessLog, Clock clock) {
		this.settings = settings;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/**
	 * Whether the user's roles allow exports in a format.
	 * @param user the user
	 * @param format the format
	 * @return true when one of the user's roles holds its permission
	 */
	public boolean allowed(AssureUser user, ExportFormat format) {
		return user.roles().stream().anyMatch(this.settings.roles(format)::contains);
	}

	/**
	 * Refuses an export the user's roles do not allow.
	 * @param user the user
	 * @param format the format
	 * @throws AccessDeniedException when none of the user's roles holds its permission
	 */
	public void check(AssureUser user, ExportFormat format) {
		if (!allowed(user, format)) {
			throw new AccessDeniedException(
					"Your role does not allow exports as " + format.extension().toUpperCase(Locale.UK));
		}
	}

	/**
	 * The watermark a file carries.
	 * @param user who exports it
	 * @param published whether it is an edition for publication
	 * @return the words, with the user and the time
	 */
	public String stamp(AssureUser user, boolean published) {
		String who = "Exported from Assure by " + user.getUsername() + " on " + STAMP.format(this.clock.instant())
				+ ".";
		return published ? who + " Published edition." : who + " OFFICIAL-SENSITIVE: for the partnership's use only.";
	}

	/**
	 * Sends an exported file: checks the permission, logs the export, and names the file
	 * safely.
	 * @param user who exports it
	 * @param format its format
	 * @param name its name, without the extension
	 * @param bytes the file, watermarked already
	 * @param recordType what was exported, for the access log
	 * @param recordId which, for the access log
	 * @return the response
	 */
	public ResponseEntity<byte[]> send(AssureUser user, ExportFormat format, String name, byte[] bytes,
			String recordType, String recordId) {
		check(user, format);
		log(user, format, recordType, recordId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(format.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition(name, format))
			.body(bytes);
	}

	/**
	 * Writes an export to the access log.
	 * @param user who
	 * @param format the format
	 * @param recordType what was exported
	 * @param recordId which
	 */
	public void log(AssureUser user, ExportFormat format, String recordType, String recordId) {
		this.accessLog.record(AccessEvent.of(user.partnershipId(), AccessAction.EXPORT, recordType, recordId)
			.withDetail(format.extension()));
	}

	/**
	 * The Content-Disposition of a file to download.
	 * @param name its name, without the extension
	 * @param format its format
	 * @return the header's value
	 */
	public static String disposition(String name, ExportFormat format) {
		return ContentDisposition.attachment().filename(fileName(name) + "." + format.extension()).build().toString();
	}

	/**
	 * A file name safe to save on any system: letters, digits, dots, hyphens and
	 * underscores only, accents taken off, no leading dot, at most 100 characters.
	 * @param name the name wanted
	 * @return the safe name; "export" when nothing is left
	 */
	public static String fileName(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String safe = plain.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^[-.]+", "");
		safe = safe.replaceAll("[-.]+$", "");
		if (safe.length() > 100) {
			safe = safe.substring(0, 100);
		}
		return safe.isEmpty() ? "export" : safe;
	}

}
