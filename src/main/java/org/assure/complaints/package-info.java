/**
 * Children's statutory complaints: each complaint through its three stages, with the
 * clocks of the 2006 Regulations in working days and their extensions, withdrawal, the
 * Ombudsman, equality monitoring, commendations, and the reports the board reads.
 */
@ApplicationModule(displayName = "Complaints",
		allowedDependencies = { "shell", "partnership", "calendar", "audit", "corrections", "notifications", "actions",
				"indicators", "reporting" })
@NullMarked
package org.assure.complaints;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
