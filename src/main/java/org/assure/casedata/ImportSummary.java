package org.assure.casedata;

import java.util.List;
import java.util.Map;

/**
 * What an import did, as {@code import --format json} prints it.
 *
 * @param batchId the batch that now holds the data
 * @param source where the data came from
 * @param period the period the batch covers, such as {@code 2014-15}
 * @param referenceDate the date the data is as at
 * @param files the files read
 * @param unchanged true when the same files were already imported for the source and
 * period, so nothing was written
 * @param replacedBatch the batch this one replaced, or 0
 * @param children children stored
 * @param contacts contacts stored
 * @param referrals referrals (episodes of need) stored
 * @param assessments assessments stored
 * @param section47 Section 47 enquiries stored
 * @param cpPlans child protection plans stored
 * @param lookedAfterEpisodes looked-after episodes stored
 * @param errors findings of Assure's rules that rejected a record
 * @param queries findings of Assure's rules that kept a record and listed it
 * @param rules findings by rule code: Assure's ({@code DQ104}) and the DfE's
 * ({@code 8525})
 * @param dfeErrors findings of the DfE's validation rules of error severity (listed; the
 * record is kept unless one of Assure's rules rejects it)
 * @param dfeQueries findings of the DfE's validation rules of query severity
 * @param notes what the import passed over or could not check, for the person importing
 * (a workbook's sheets that are not lists, a file that is none of a return's tables, last
 * year's return not found); empty when there is nothing to say
 */
public record ImportSummary(long batchId, String source, String period, String referenceDate, List<String> files,
		boolean unchanged, long replacedBatch, long children, long contacts, long referrals, long assessments,
		long section47, long cpPlans, long lookedAfterEpisodes, long errors, long queries, Map<String, Long> rules,
		long dfeErrors, long dfeQueries, List<String> notes) {

	/**
	 * The summary, its notes never null: a summary kept before imports had notes reads
	 * back without them.
	 */
	public ImportSummary {
		notes = (notes != null) ? List.copyOf(notes) : List.of();
	}

}
