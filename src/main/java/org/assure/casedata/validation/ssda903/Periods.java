package org.assure.casedata.validation.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.assure.casedata.validation.DfeRule;
import org.assure.casedata.validation.Row;
import org.assure.casedata.validation.RuleSpec;

import static org.assure.casedata.validation.ssda903.Ssda903Rules.Found;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.eachRow;

/**
 * A table whose rows are periods with a start and an end (missing periods, deprivation of
 * liberty orders), and the rules the DfE asks alike of each: an end not before its start,
 * a start not after the year, an end within it, no period begun while the one before is
 * open, none begun before the child's birth.
 *
 * @param table the table
 * @param start the field of the day a period began
 * @param end the field of the day it ended, blank while it is open
 */
record Periods(String table, String start, String end) {

	/** A period does not end before it began (the same day is allowed). */
	DfeRule endBeforeStart(String code, String message) {
		return eachRow(code, message, this.table, List.of(this.start, this.end), (row) -> {
			LocalDate began = row.date(this.start);
			LocalDate ended = row.date(this.end);
			return (began != null && ended != null && ended.isBefore(began))
					? new Found(this.end, "ended " + row.text(this.end) + ", began " + row.text(this.start)) : null;
		});
	}

	/** A period does not begin after the year ended. */
	DfeRule startAfterYear(String code, String message) {
		RuleSpec spec = RuleSpec.of(code, message, this.table + "." + this.start);
		return DfeRule.of(spec, this.table, (child, context, findings) -> {
			for (Row row : child.rows(this.table)) {
				LocalDate began = row.date(this.start);
				if (began != null && began.isAfter(context.referenceDate())) {
					findings.at(row, this.start, "began " + row.text(this.start) + ", after the year ended");
				}
			}
		});
	}

	/** A period that ended, ended within the year. */
	DfeRule endOutsideYear(String code, String message) {
		RuleSpec spec = RuleSpec.of(code, message, this.table + "." + this.end);
		return DfeRule.of(spec, this.table, (child, context, findings) -> {
			for (Row row : child.rows(this.table)) {
				LocalDate ended = row.date(this.end);
				if (ended != null && !context.inPeriod(ended)) {
					findings.at(row, this.end, "ended " + row.text(this.end) + ", outside the year");
				}
			}
		});
	}

	/**
	 * Periods do not overlap, and none begins while the one before (in order of start) is
	 * open; one may begin the day the one before ended.
	 */
	DfeRule overlapping(String code, String message) {
		RuleSpec spec = RuleSpec.of(code, message, this.table + "." + this.start, this.table + "." + this.end);
		return DfeRule.of(spec, this.table, (child, context, findings) -> {
			List<Row> periods = new ArrayList<>();
			for (Row row : child.rows(this.table)) {
				if (row.date(this.start) != null) {
					periods.add(row);
				}
			}
			periods.sort(Comparator.comparing((Row row) -> row.date(this.start)));
			for (int i = 1; i < periods.size(); i++) {
				Row before = periods.get(i - 1);
				Row row = periods.get(i);
				LocalDate ended = before.date(this.end);
				if (ended == null || row.date(this.start).isBefore(ended)) {
					findings.at(row, this.start,
							"began " + row.text(this.start) + " while the period begun " + before.text(this.start)
									+ ((ended == null) ? " is open" : " ran to " + before.text(this.end)));
				}
			}
		});
	}

	/**
	 * A period does not begin before the child was born (its row's DOB, else the
	 * header's).
	 */
	DfeRule beforeBirth(String code, String message) {
		RuleSpec spec = RuleSpec.of(code, message, this.table + "." + this.start, this.table + ".DOB");
		return DfeRule.of(spec, this.table, (child, context, findings) -> {
			for (Row row : child.rows(this.table)) {
				LocalDate began = row.date(this.start);
				LocalDate born = CareHistory.born(child, row);
				if (began != null && born != null && began.isBefore(born)) {
					findings.at(row, this.start, "began " + row.text(this.start) + ", born " + born);
				}
			}
		});
	}

}
