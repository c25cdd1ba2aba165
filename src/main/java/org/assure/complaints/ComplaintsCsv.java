package org.assure.complaints;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assure.shell.CsvTable;
import org.assure.shell.InvalidUploadException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a complaints service's existing records from a spreadsheet saved as CSV: each
 * row a complaint, with the stages it reached. Every row goes through the same rules and
 * moves as a complaint recorded by hand; if any row breaks one, nothing of the file is
 * stored and every problem is named by file, row, column and rule.
 */
@Service
public class ComplaintsCsv {

	/** The columns, in the template's order. */
	public static final List<String> COLUMNS = List.of("received_on", "category", "by_child", "service_users",
			"disabled_users", "looked_after_users", "gender", "ethnicity", "service_area", "reason", "summary",
			"stage1_extension", "stage1_responded_on", "stage1_outcome", "stage2_started_on", "stage2_extension",
			"stage2_responded_on", "stage2_outcome", "stage3_requested_on", "panel_on", "panel_report_on",
			"final_response_on", "stage3_outcome", "withdrawn_on", "ombudsman_on");

	private static final List<String> REQUIRED = List.of("received_on", "category", "service_users", "gender",
			"ethnicity", "service_area", "reason", "summary");

	/** A form's field names as the file's columns. */
	private static final Map<String, String> COLUMN_OF = Map.ofEntries(Map.entry("receivedOn", "received_on"),
			Map.entry("serviceUsers", "service_users"), Map.entry("disabledUsers", "disabled_users"),
			Map.entry("lookedAfterUsers", "looked_after_users"), Map.entry("serviceArea", "service_area"),
			Map.entry("stage1Extension", "stage1_extension"), Map.entry("stage2Extension", "stage2_extension"),
			Map.entry("complaintReason", "reason"), Map.entry("move", "the step"));

	private final Complaints complaints;

	ComplaintsCsv(Complaints complaints) {
		this.complaints = complaints;
	}

	/**
	 * Imports the complaints of a file, all or nothing.
	 * @param partnershipId the partnership
	 * @param csv the file
	 * @param fileName its name, for messages
	 * @param by who imports it
	 * @return how many complaints were stored
	 * @throws InvalidUploadException naming every row, column and rule broken; nothing is
	 * stored
	 */
	@Transactional
	public int importCsv(long partnershipId, Reader csv, String fileName, String by) {
		CsvTable table = CsvTable.read(csv, fileName, REQUIRED, COLUMNS);
		List<String> problems = new ArrayList<>(table.problems());
		int stored = 0;
		for (CsvTable.Row row : table.rows()) {
			String where = fileName + " row " + row.line() + ", ";
			int before = problems.size();
			Complaints.NewComplaint complaint = new Complaints.NewComplaint(row.date("received_on", where, problems),
					row.choice("category", ComplainantCategory.values(), ComplainantCategory::label, where, problems),
					row.yes("by_child", where, problems), row.wholeNumber("service_users", where, problems),
					orZero(row.wholeNumber("disabled_users", where, problems)),
					orZero(row.wholeNumber("looked_after_users", where, problems)),
					row.choice("gender", Gender.values(), Gender::label, where, problems),
					row.choice("ethnicity", Ethnicity.values(), Ethnicity::label, where, problems),
					row.get("service_area"),
					row.choice("reason", ComplaintReason.values(), ComplaintReason::label, where, problems),
					row.get("summary"), "Imported from " + fileName + " row " + row.line());
			List<Step> steps = steps(row, where, problems);
			if (problems.size() > before) {
				continue;
			}
			Complaints.Created created = this.complaints.record(partnershipId, complaint, by);
			CsvTable.addByColumn(problems, where, created.problems(), COLUMN_OF);
			if (created.id() == null) {
				continue;
			}
			for (Step step : steps) {
				Map<String, String> refused = step.apply(this.complaints, partnershipId, created.id(), by);
				CsvTable.addByColumn(problems, where, refused, COLUMN_OF);
				if (!refused.isEmpty()) {
					break;
				}
			}
			stored++;
		}
		if (!problems.isEmpty()) {
			throw new InvalidUploadException(problems);
		}
		return stored;
	}

	/** A stage a row reached, applied in order. */
	private interface Step {

		Map<String, String> apply(Complaints complaints, long partnershipId, long id, String by);

	}

	private static List<Step> steps(CsvTable.Row row, String where, List<String> problems) {
		List<Step> steps = new ArrayList<>();
		String extension1 = row.get("stage1_extension");
		if (!extension1.isEmpty()) {
			steps.add((c, p, id, by) -> c.extendStage1(p, id, extension1, by));
		}
		response(row, "stage1_responded_on", "stage1_outcome", where, problems, steps);
		LocalDate stage2 = row.date("stage2_started_on", where, problems);
		if (stage2 != null) {
			steps.add((c, p, id, by) -> c.startStage2(p, id, stage2, by));
		}
		String extension2 = row.get("stage2_extension");
		if (!extension2.isEmpty()) {
			steps.add((c, p, id, by) -> c.extendStage2(p, id, extension2, by));
		}
		response(row, "stage2_responded_on", "stage2_outcome", where, problems, steps);
		dated(row, "stage3_requested_on", where, problems, steps, Complaints::requestStage3);
		dated(row, "panel_on", where, problems, steps, Complaints::holdPanel);
		dated(row, "panel_report_on", where, problems, steps, Complaints::issuePanelReport);
		response(row, "final_response_on", "stage3_outcome", where, problems, steps);
		dated(row, "withdrawn_on", where, problems, steps, Complaints::withdrawnByComplainant);
		dated(row, "ombudsman_on", where, problems, steps, Complaints::toOmbudsman);
		return steps;
	}

	/** A step of one day. */
	private interface Dated {

		Map<String, String> apply(Complaints complaints, long partnershipId, long id, @Nullable LocalDate on,
				String by);

	}

	private static void dated(CsvTable.Row row, String column, String where, List<String> problems, List<Step> steps,
			Dated step) {
		LocalDate on = row.date(column, where, problems);
		if (on != null) {
			steps.add((c, p, id, by) -> step.apply(c, p, id, on, by));
		}
	}

	private static void response(CsvTable.Row row, String dayColumn, String outcomeColumn, String where,
			List<String> problems, List<Step> steps) {
		LocalDate on = row.date(dayColumn, where, problems);
		ComplaintOutcome outcome = row.choice(outcomeColumn, ComplaintOutcome.values(), ComplaintOutcome::label, where,
				problems);
		if ((on == null) != (outcome == null)) {
			problems.add(where + outcomeColumn + ": give the outcome and the day of the response (" + dayColumn
					+ ") together");
		}
		else if (on != null) {
			steps.add((c, p, id, by) -> c.respond(p, id, on, outcome, by));
		}
	}

	private static Integer orZero(@Nullable Integer count) {
		return (count != null) ? count : 0;
	}

}
