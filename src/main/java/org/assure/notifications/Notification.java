package org.assure.notifications;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A reminder as the outbox shows it.
 *
 * @param id its number
 * @param kind what it reminds of
 * @param recipient the user it is for
 * @param address the e-mail address it went or goes to, or null when the user gave none
 * @param subject its subject
 * @param body its text
 * @param link the page it points to
 * @param status where it is
 * @param attempts how many times sending was tried
 * @param lastError why the last attempt failed, or null
 * @param createdAt when it was made
 * @param sentAt when it was sent, or null
 */
public record Notification(long id, NotificationKind kind, String recipient, @Nullable String address, String subject,
		String body, String link, Status status, int attempts, @Nullable String lastError, Instant createdAt,
		@Nullable Instant sentAt) {

	/** Where a reminder is. */
	public enum Status {

		/** Made, not yet tried. */
		PENDING("Waiting to be sent"),

		/** Being sent by an instance now. */
		SENDING("Being sent"),

		/** Accepted by the mail server. */
		SENT("Sent"),

		/** Failed; it will be tried again later. */
		RETRYING("Failed, will retry"),

		/** Failed every attempt; it stays in the outbox. */
		FAILED("Failed"),

		/**
		 * Kept in the outbox: no mail server is configured or the user gave no address.
		 */
		OUTBOX("In the outbox");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		/**
		 * The status in words.
		 * @return the label
		 */
		public String label() {
			return this.label;
		}

	}

}
