/**
 * Statistical process control as NHS England's "Making Data Count" does it (ANALYSIS.md):
 * XmR limits, the four special-cause rules, and the variation and assurance icons. Plain
 * Java, no Spring. A named interface of the indicators module: judgements carry these
 * types, and reports read them.
 */
@NamedInterface("analysis")
@NullMarked
package org.assure.indicators.analysis;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
