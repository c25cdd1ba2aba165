package org.assure.casedata;

/**
 * Published when an import has landed (committed): indicators recompute from it.
 *
 * @param partnershipId the partnership
 * @param batchId the new batch
 * @param source where the data came from
 * @param period the period it covers
 */
public record CaseDataImported(long partnershipId, long batchId, ImportSource source, String period) {
}
