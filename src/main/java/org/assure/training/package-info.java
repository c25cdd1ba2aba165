/**
 * Multi-agency safeguarding training: the programme's courses and events, bookings with
 * each attendee by pseudonym, attendance, cancellations and no-shows, the four-stage
 * evaluation, competency levels, and the year's report with its charts. Board managers
 * and administrators keep it; every read of a course's bookings is in the access log.
 */
@ApplicationModule(displayName = "Training",
		allowedDependencies = { "shell", "partnership", "calendar", "casedata", "audit", "corrections", "indicators",
				"reporting" })
@NullMarked
package org.assure.training;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
