/**
 * Pseudonymised child journeys (contacts, early help, episodes of need, assessments,
 * Section 47 enquiries, conferences, plans, looked-after and missing episodes, care
 * leavers), the importers that bring them in (CIN census, Annex A, SSDA903, the Assure
 * CSV template), and the data-quality rules that judge them.
 */
@ApplicationModule(displayName = "Case data",
		allowedDependencies = { "calendar", "partnership", "audit", "shell", "cli" })
@NullMarked
package org.assure.casedata;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
