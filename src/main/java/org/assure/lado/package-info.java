/**
 * The LADO's casework: allegations against people who work with children, from the
 * referral to its outcome, with the adult and the children by pseudonym only, their
 * clocks against KCSIE's resolution targets, and the reports the board reads. Readable by
 * the LADO and administrators only; every read is in the access log.
 */
@ApplicationModule(displayName = "LADO",
		allowedDependencies = { "shell", "partnership", "calendar", "casedata", "audit", "corrections", "notifications",
				"actions", "indicators", "reporting" })
@NullMarked
package org.assure.lado;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
