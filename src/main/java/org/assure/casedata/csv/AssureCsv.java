package org.assure.casedata.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

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

	/**
	 * Opens a CSV file with a header row for reading, as every CSV importer does: UTF-8,
	 * the header row naming the columns, empty lines skipped, values trimmed.
	 * @param in the file's bytes
	 * @return the parser; close it
	 * @throws IOException when the file cannot be read
	 */
	public static CSVParser open(InputStream in) throws IOException {
		return CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get()
			.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
	}

}
