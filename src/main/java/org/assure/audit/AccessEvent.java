package org.assure.audit;

import org.jspecify.annotations.Nullable;

/**
 * One thing to record in the access log. It names a record by type and id and never
 * carries the record's content.
 *
 * @param partnershipId the partnership whose record it is; null for deployment-wide
 * events such as a failed sign-in under an unknown name
 * @param username who did it; null to take the signed-in user
 * @param action what was done
 * @param recordType the kind of record, such as {@code user} or {@code allegation}; null
 * for sign-in events
 * @param recordId the record's id within its partnership; null for lists and sign-in
 * events
 * @param outcome whether it happened
 * @param detail a short reason or filter description, never record content
 */
public record AccessEvent(@Nullable Long partnershipId, @Nullable String username, AccessAction action,
		@Nullable String recordType, @Nullable String recordId, AccessOutcome outcome, @Nullable String detail) {

	/** The longest detail kept; more is cut, so that content cannot be poured in. */
	public static final int MAX_DETAIL = 200;

	public AccessEvent {
		if (detail != null && detail.length() > MAX_DETAIL) {
			detail = detail.substring(0, MAX_DETAIL);
		}
	}

	/**
	 * The signed-in user did something to a record, successfully.
	 * @param partnershipId the record's partnership
	 * @param action what was done
	 * @param recordType the kind of record
	 * @param recordId the record's id, or null for a list
	 * @return the event
	 */
	public static AccessEvent of(@Nullable Long partnershipId, AccessAction action, String recordType,
			@Nullable String recordId) {
		return new AccessEvent(partnershipId, null, action, recordType, recordId, AccessOutcome.SUCCESS, null);
	}

	/**
	 * The same event with a detail.
	 * @param text a short reason or description, never record content
	 * @return a copy with the detail
	 */
	public AccessEvent withDetail(String text) {
		return new AccessEvent(this.partnershipId, this.username, this.action, this.recordType, this.recordId,
				this.outcome, text);
	}

}
