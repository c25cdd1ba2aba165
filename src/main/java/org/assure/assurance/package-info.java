/**
 * Assurance: the evidence behind the figures. The voice of children and of practitioners
 * (engagement activities, what was said and what changed because of it), multi-agency
 * case file audits and case reviews. Each piece is recorded as evidence on its theme
 * through the indicators module.
 */
@ApplicationModule(displayName = "Assurance",
		allowedDependencies = { "shell", "partnership", "indicators", "corrections", "calendar", "audit", "actions",
				"notifications", "casedata", "reporting" })
@NullMarked
package org.assure.assurance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
