package org.assure.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What to look for in the access log; a null field does not filter.
 *
 * @param partnershipId only this partnership's entries; null for every entry, which only
 * a deployment administrator may ask for
 * @param username only this user's entries
 * @param action only this action
 * @param recordType only this kind of record
 * @param recordId only this record
 * @param from on or after this day (Europe/London)
 * @param to on or before this day (Europe/London)
 * @param page the page, from 0
 * @param pageSize entries per page
 */
public record AccessLogFilter(@Nullable Long partnershipId, @Nullable String username, @Nullable AccessAction action,
		@Nullable String recordType, @Nullable String recordId, @Nullable LocalDate from, @Nullable LocalDate to,
		int page, int pageSize) {

	public AccessLogFilter {
		if (page < 0) {
			throw new IllegalArgumentException("page must not be negative");
		}
		if (pageSize < 1 || pageSize > 500) {
			throw new IllegalArgumentException("pageSize must be between 1 and 500");
		}
	}

	/**
	 * Every entry of one partnership (or of the deployment when null), first page.
	 * @param partnershipId the partnership
	 * @return the filter
	 */
	public static AccessLogFilter forPartnership(@Nullable Long partnershipId) {
		return new AccessLogFilter(partnershipId, null, null, null, null, null, null, 0, 50);
	}

}
