/**
 * Reporting: the board's dashboard, the exception report, and (to come) the quarterly and
 * annual reports and their exports. It reads the indicators module's judgements; it owns
 * no figures of its own.
 */
@ApplicationModule(displayName = "Reporting",
		allowedDependencies = { "shell", "calendar", "partnership", "indicators", "indicators :: analysis",
				"casedata" })
@NullMarked
package org.assure.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
