package org.assure.casedata.generator;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.assure.casedata.csv.AssureCsv;
import org.assure.casedata.journey.Journey;
import org.jspecify.annotations.Nullable;

/**
 * Writes journeys as an Assure CSV file: a header row, then each child's rows together.
 */
public final class AssureCsvWriter implements AutoCloseable {

	private final CSVPrinter printer;

	/**
	 * A writer onto a stream.
	 * @param out where to write
	 * @throws IOException when it cannot
	 */
	public AssureCsvWriter(Writer out) throws IOException {
		this.printer = CSVFormat.DEFAULT.builder().setHeader(AssureCsv.COLUMNS.toArray(String[]::new)).get().print(out);
	}

	/**
	 * Writes one child's journey.
	 * @param child the child
	 * @throws IOException when it cannot
	 */
	public void write(Journey.Child child) throws IOException {
		String id = String.valueOf(child.localId);
		row(id, "child", Map.of("birth_month", text(child.birthMonth), "sex", text(child.sex), "ethnicity",
				text(child.ethnicity), "disabilities", String.join(" ", child.disabilities)));
		for (Journey.Contact contact : child.contacts) {
			row(id, "contact", Map.of("date", text(contact.date), "source", text(contact.source), "outcome",
					text(contact.outcome)));
		}
		for (Journey.EarlyHelp help : child.earlyHelp) {
			row(id, "early_help", Map.of("date", text(help.start), "end_date", text(help.end)));
		}
		int referral = 0;
		int planNumber = 0;
		for (Journey.Episode episode : child.episodes) {
			String referralId = "R" + (++referral);
			Map<String, String> cells = new HashMap<>();
			cells.put("record_id", referralId);
			cells.put("date", text(episode.referralDate));
			cells.put("end_date", text(episode.closureDate));
			cells.put("source", text(episode.referralSource));
			cells.put("primary_need", text(episode.primaryNeed));
			cells.put("closure_reason", text(episode.closureReason));
			cells.put("referral_nfa", yesNo(episode.referralNfa));
			row(id, "referral", cells);
			for (Journey.Assessment assessment : episode.assessments) {
				row(id, "assessment", Map.of("parent_id", referralId, "date", text(assessment.start), "end_date",
						text(assessment.authorised), "factors", String.join(" ", assessment.factors)));
			}
			for (Journey.CinPlan plan : episode.cinPlans) {
				row(id, "cin_plan",
						Map.of("parent_id", referralId, "date", text(plan.start), "end_date", text(plan.end)));
			}
			for (Journey.Section47 enquiry : episode.section47s) {
				row(id, "section47",
						Map.of("parent_id", referralId, "date", text(enquiry.start), "icpc_target",
								text(enquiry.icpcTarget), "icpc_date", text(enquiry.icpcDate), "icpc_not_required",
								yesNo(enquiry.icpcNotRequired)));
			}
			for (Journey.ProtectionPlan plan : episode.protectionPlans) {
				String planId = "P" + (++planNumber);
				Map<String, String> planCells = new HashMap<>();
				planCells.put("record_id", planId);
				planCells.put("parent_id", referralId);
				planCells.put("date", text(plan.start));
				planCells.put("end_date", text(plan.end));
				planCells.put("initial_category", text(plan.initialCategory));
				planCells.put("latest_category", text(plan.latestCategory));
				planCells.put("previous_plans", text(plan.previousPlans));
				row(id, "cp_plan", planCells);
				for (LocalDate review : plan.reviews) {
					row(id, "cp_review", Map.of("parent_id", planId, "date", text(review)));
				}
			}
		}
		for (Journey.LookedAfter placement : child.lookedAfter) {
			Map<String, String> cells = new HashMap<>();
			cells.put("date", text(placement.start));
			cells.put("end_date", text(placement.end));
			cells.put("reason_new", text(placement.reasonForNewEpisode));
			cells.put("legal_status", text(placement.legalStatus));
			cells.put("placement_type", text(placement.placementType));
			cells.put("reason_ceased", text(placement.reasonCeased));
			row(id, "looked_after", cells);
		}
		for (Journey.Missing missing : child.missing) {
			row(id, "missing",
					Map.of("date", text(missing.start), "end_date", text(missing.end), "absence",
							yesNo(missing.absence), "return_interview_offered", yesNo(missing.returnInterviewOffered),
							"return_interview_accepted", yesNo(missing.returnInterviewAccepted)));
		}
		for (Journey.CareLeaver leaver : child.careLeaver) {
			row(id, "care_leaver", Map.of("date", text(leaver.asAt), "in_touch", text(leaver.inTouch), "activity",
					text(leaver.activity), "accommodation", text(leaver.accommodation)));
		}
	}

	private void row(String childId, String record, Map<String, String> cells) throws IOException {
		List<String> columns = AssureCsv.COLUMNS;
		String[] values = new String[columns.size()];
		for (int i = 0; i < values.length; i++) {
			String column = columns.get(i);
			values[i] = switch (column) {
				case "child_id" -> childId;
				case "record" -> record;
				default -> cells.getOrDefault(column, "");
			};
		}
		this.printer.printRecord((Object[]) values);
	}

	private static String text(@Nullable Object value) {
		return (value != null) ? value.toString() : "";
	}

	private static String yesNo(@Nullable Boolean value) {
		return (value != null) ? (value ? "1" : "0") : "";
	}

	@Override
	public void close() throws IOException {
		this.printer.close(true);
	}

}
