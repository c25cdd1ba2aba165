/**
 * Actions: the single tracker of every recommendation and action, whatever its source
 * (Ofsted, case reviews, audits, Section 11, child death reviews, the business plan,
 * meetings, report cards), with its owner, due date, guarded lifecycle, evidence, impact
 * and history. Other modules create actions through {@link org.assure.actions.Actions}.
 */
@ApplicationModule(displayName = "Actions",
		allowedDependencies = { "shell", "partnership", "audit", "corrections", "notifications" })
@NullMarked
package org.assure.actions;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
