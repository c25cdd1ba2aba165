/**
 * Governance: the board and its sub-groups (terms of reference, quorum rule, chairs),
 * their members, meetings with attendance, whether each was quorate, and the attendance
 * report of Appendix (b), all computed from the attendance recorded.
 */
@ApplicationModule(displayName = "Governance",
		allowedDependencies = { "shell", "calendar", "partnership", "actions", "indicators", "assurance", "audit",
				"corrections", "notifications", "reporting" })
@NullMarked
package org.assure.governance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
