package org.assure.reporting;

import java.util.Optional;

import org.assure.calendar.ReportingPeriod;

/**
 * A module's part of the annual report: each module that holds evidence for a part (the
 * LADO's allegations, the panel's child deaths, the board's meetings and budget) declares
 * one bean of this type, and the report gathers them, so that {@code reporting} never
 * depends on the modules that depend on it (ADR 0013, 0016).
 */
public interface AnnualReportSection {

	/**
	 * The part it fills.
	 * @return the part
	 */
	AnnualReportPart part();

	/**
	 * Where it comes within its part, lowest first.
	 * @return the order
	 */
	default int order() {
		return 0;
	}

	/**
	 * What the module gives the report for a year: its figures worked out from its
	 * records, and where nothing is recorded, a paragraph that says so.
	 * @param partnershipId the partnership
	 * @param year the financial year
	 * @return the contribution, or empty when the module has nothing to say in this part
	 */
	Optional<AnnualReportContent.Contribution> contribute(long partnershipId, ReportingPeriod.FinancialYear year);

}
