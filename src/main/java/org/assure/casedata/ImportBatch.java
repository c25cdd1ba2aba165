package org.assure.casedata;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A stored import batch.
 *
 * @param partnershipId the partnership
 * @param batchId the batch
 * @param source the source's code
 * @param periodCode the period it covers
 * @param referenceDate the date the data is as at
 * @param fileNames the files it came from
 * @param importedBy who imported it
 * @param importedAt when
 * @param children children stored
 * @param errors findings that rejected a record
 * @param queries findings that kept a record
 * @param agencyId the agency whose data it is, if one
 * @param disposedAt when the retention schedule deleted its case-level rows, if it has
 */
public record ImportBatch(long partnershipId, long batchId, String source, String periodCode,
		@Nullable LocalDate referenceDate, String fileNames, String importedBy, Instant importedAt, long children,
		long errors, long queries, @Nullable Long agencyId, @Nullable Instant disposedAt) {

	/**
	 * Whether the batch's children, journeys and findings have been deleted under the
	 * retention schedule.
	 * @return true when they have
	 */
	public boolean disposed() {
		return this.disposedAt != null;
	}

}
