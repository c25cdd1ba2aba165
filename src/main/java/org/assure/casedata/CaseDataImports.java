package org.assure.casedata;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Imports case-level files as one batch: atomic (all or nothing) and idempotent (the same
 * files again change nothing; corrected files for the same source and period replace the
 * batch).
 */
public interface CaseDataImports {

	/**
	 * Imports files.
	 * @param partnershipId the partnership the data belongs to
	 * @param source the kind of files
	 * @param files the files, read in the order given
	 * @param period the period the batch covers; null to take it from the files
	 * @param agencyId the agency whose data it is (an agency data lead's), or null
	 * @param username who imports, for the record
	 * @param progress told how the import is going
	 * @return what was imported and found
	 * @throws ImportFailed when a file cannot be imported at all; nothing is written
	 */
	ImportSummary importFiles(long partnershipId, ImportSource source, List<ImportFile> files, @Nullable String period,
			@Nullable Long agencyId, String username, ImportProgress progress);

}
