package org.assure.complaints;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The timescales of a statutory complaint (DOMAIN.md §3), each in working days and a
 * setting with the Regulations' figure as its default.
 *
 * @param stage1 the stage 1 response (10)
 * @param stage1Extended the stage 1 response when extended (20)
 * @param stage2 the stage 2 response (25)
 * @param stage2Extended the stage 2 response when extended (65)
 * @param panel the review panel meets after the request (30)
 * @param panelReport the panel's report after it meets (5)
 * @param finalResponse the council's final response after the report (15)
 * @param dueSoon a step shows as due soon within these working days of its day (5)
 */
@ConfigurationProperties("assure.complaints")
public record ComplaintSettings(@DefaultValue("10") int stage1, @DefaultValue("20") int stage1Extended,
		@DefaultValue("25") int stage2, @DefaultValue("65") int stage2Extended, @DefaultValue("30") int panel,
		@DefaultValue("5") int panelReport, @DefaultValue("15") int finalResponse, @DefaultValue("5") int dueSoon) {

	/** The Regulations' figures. */
	public static final ComplaintSettings DEFAULTS = new ComplaintSettings(10, 20, 25, 65, 30, 5, 15, 5);

}
