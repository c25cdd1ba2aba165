/**
 * Indicators: the catalogue, the computation engine, agency returns, and the analysis
 * that judges a figure (targets, RAG, statistical process control, benchmarks). It
 * records in the audit module's access log who listed the children behind a value.
 */
@ApplicationModule(displayName = "Indicators",
		allowedDependencies = { "shell", "calendar", "casedata", "partnership", "audit", "cli", "notifications" })
@NullMarked
package org.assure.indicators;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
