/**
 * Reporting: the board's dashboard, the exception report, sub-group report cards and the
 * quarterly performance report (HTML, PDF and DOCX, made in the background). It reads the
 * indicators module's judgements; it owns no figures of its own.
 */
@ApplicationModule(displayName = "Reporting",
		allowedDependencies = { "shell", "calendar", "partnership", "corrections", "indicators",
				"indicators :: analysis", "cli" })
@NullMarked
package org.assure.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
