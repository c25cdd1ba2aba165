/**
 * The Child Death Overview Panel's casework (DOMAIN.md §4): each child death notified,
 * the child by pseudonym only, its panel review (category, modifiable factors and their
 * domains), the learning register with its themes, the campaigns arising, and the
 * reports, whose published edition passes through the reporting module's disclosure
 * control. Records are readable by CDOP officers and administrators only; every read is
 * in the access log.
 */
@ApplicationModule(displayName = "Child death reviews",
		allowedDependencies = { "shell", "partnership", "calendar", "casedata", "audit", "corrections", "notifications",
				"actions", "indicators", "reporting" })
@NullMarked
package org.assure.childdeath;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
