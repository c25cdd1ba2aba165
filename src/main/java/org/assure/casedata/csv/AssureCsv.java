package org.assure.casedata.csv;

import java.util.List;

/**
 * The columns of the Assure CSV template, documented in {@code docs/assure-csv.md}. A
 * file has a header row naming them (in any order; absent columns are empty) and one row
 * per record.
 */
public final class AssureCsv {

	/** Every column, in the order Assure writes them. */
	public static final List<String> COLUMNS = List.of("child_id", "record", "record_id", "parent_id", "birth_month",
			"sex", "ethnicity", "disabilities", "postcode_district", "date", "end_date", "source", "outcome",
			"primary_need", "closure_reason", "referral_nfa", "factors", "icpc_target", "icpc_date",
			"icpc_not_required", "initial_category", "latest_category", "previous_plans", "reason_new", "legal_status",
			"placement_type", "reason_ceased", "absence", "return_interview_offered", "return_interview_accepted",
			"in_touch", "activity", "accommodation");

	/** The kinds of record a row can be. */
	public static final List<String> RECORDS = List.of("child", "contact", "early_help", "referral", "assessment",
			"cin_plan", "section47", "cp_plan", "cp_review", "looked_after", "missing", "care_leaver");

	private AssureCsv() {
	}

}
