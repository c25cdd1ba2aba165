package org.assure.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A stored access-log entry.
 *
 * @param entryId the entry's number, in order of recording
 * @param partnershipId the partnership, or null for deployment-wide events
 * @param occurredAt when
 * @param username who
 * @param action what
 * @param recordType the kind of record
 * @param recordId the record's id
 * @param outcome whether it happened
 * @param detail a short reason or description
 * @param remoteAddress where from
 */
public record AccessLogEntry(long entryId, @Nullable Long partnershipId, Instant occurredAt, @Nullable String username,
		AccessAction action, @Nullable String recordType, @Nullable String recordId, AccessOutcome outcome,
		@Nullable String detail, @Nullable String remoteAddress) {
}
