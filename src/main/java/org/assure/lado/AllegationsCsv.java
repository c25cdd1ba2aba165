package org.assure.lado;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.assure.shell.CsvTable;
import org.assure.shell.InvalidUploadException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a LADO service's existing records from a spreadsheet saved as CSV: each row a
 * referral, with the steps it has reached. Every row goes through the same rules and
 * moves as a referral recorded by hand; if any row breaks one, nothing of the file is
 * stored and every problem is named by file, row, column and rule. The adult and the
 * children are pseudonymised as they are read, and never stored as typed.
 */
@Service
public class AllegationsCsv {

	/** The columns, in the template's order. */
	public static final List<String> COLUMNS = List.of("received_on", "referrer", "sector", "role", "setting", "adult",
			"children", "harm", "technology", "looked_after", "summary", "strategy_on", "police_involved",
			"evaluation_on", "outcome", "concluded_on", "dbs_referred_on", "regulator", "regulator_referred_on");

	private static final List<String> REQUIRED = List.of("received_on", "referrer", "sector", "role", "setting",
			"adult", "harm", "summary");

	private final Allegations allegations;

	AllegationsCsv(Allegations allegations) {
		this.allegations = allegations;
	}

	/**
	 * Imports the referrals of a file, all or nothing.
	 * @param partnershipId the partnership
	 * @param csv the file
	 * @param fileName its name, for messages
	 * @param by who imports it
	 * @return how many referrals were stored
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
			LocalDate received = row.date("received_on", where, problems);
			EmploymentSector sector = row.choice("sector", EmploymentSector.values(), EmploymentSector::label, where,
					problems);
			HarmType harm = row.choice("harm", HarmType.values(), HarmType::label, where, problems);
			boolean technology = row.yes("technology", where, problems);
			boolean lookedAfter = row.yes("looked_after", where, problems);
			boolean police = row.yes("police_involved", where, problems);
			LocalDate strategy = row.date("strategy_on", where, problems);
			LocalDate evaluation = row.date("evaluation_on", where, problems);
			AllegationOutcome outcome = row.choice("outcome", AllegationOutcome.values(), AllegationOutcome::label,
					where, problems);
			LocalDate concluded = row.date("concluded_on", where, problems);
			LocalDate dbs = row.date("dbs_referred_on", where, problems);
			LocalDate regulatorOn = row.date("regulator_referred_on", where, problems);
			if ((outcome == null) != (concluded == null) && problems.size() == before) {
				problems.add(where + "outcome: give the outcome and the day it was decided (concluded_on) together");
			}
			if (problems.size() > before) {
				continue;
			}
			List<String> children = Arrays.stream(row.get("children").split("[;|]"))
				.map(String::strip)
				.filter((c) -> !c.isEmpty())
				.toList();
			Allegations.Created created = this.allegations.refer(partnershipId,
					new Allegations.Referral(received, row.get("referrer"), sector, row.get("role"), row.get("setting"),
							row.get("adult"), children, harm, technology, lookedAfter, row.get("summary"),
							"Imported from " + fileName + " row " + row.line()),
					by);
			CsvTable.addByColumn(problems, where, created.problems(), COLUMN_OF);
			if (created.id() == null) {
				continue;
			}
			long id = created.id();
			if (strategy != null) {
				CsvTable.addByColumn(problems, where,
						this.allegations.holdStrategy(partnershipId, id, strategy, police, by), COLUMN_OF);
			}
			if (evaluation != null) {
				CsvTable.addByColumn(problems, where,
						this.allegations.holdEvaluation(partnershipId, id, evaluation, by), COLUMN_OF);
			}
			if (outcome != null) {
				CsvTable.addByColumn(problems, where,
						this.allegations.conclude(partnershipId, id, outcome, concluded, by), COLUMN_OF);
			}
			if (dbs != null) {
				CsvTable.addByColumn(problems, where, this.allegations.referToDbs(partnershipId, id, dbs, by),
						COLUMN_OF);
			}
			if (regulatorOn != null || !row.get("regulator").isEmpty()) {
				CsvTable.addByColumn(problems, where,
						this.allegations.referToRegulator(partnershipId, id, regulatorOn, row.get("regulator"), by),
						COLUMN_OF);
			}
			stored++;
		}
		if (!problems.isEmpty()) {
			throw new InvalidUploadException(problems);
		}
		return stored;
	}

	/** A form's field names as the file's columns. */
	private static final Map<String, String> COLUMN_OF = Map.ofEntries(Map.entry("receivedOn", "received_on"),
			Map.entry("adultRole", "role"), Map.entry("strategyOn", "strategy_on"),
			Map.entry("evaluationOn", "evaluation_on"), Map.entry("concludedOn", "concluded_on"),
			Map.entry("dbsReferredOn", "dbs_referred_on"), Map.entry("regulatorReferredOn", "regulator_referred_on"),
			Map.entry("move", "the step"));

}
