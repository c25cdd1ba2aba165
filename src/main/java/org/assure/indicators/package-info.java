/**
 * Indicators: the catalogue, the computation engine, agency returns, and the analysis
 * that judges a figure (targets, RAG, statistical process control, benchmarks). This
 * first part holds the analysis.
 */
@ApplicationModule(displayName = "Indicators", allowedDependencies = { "shell", "calendar", "casedata", "partnership" })
@NullMarked
package org.assure.indicators;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
