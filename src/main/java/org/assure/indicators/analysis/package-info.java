/**
 * Statistical process control as NHS England's "Making Data Count" does it (ANALYSIS.md):
 * XmR limits, the four special-cause rules, and the variation and assurance icons. Plain
 * Java, no Spring.
 */
@NullMarked
package org.assure.indicators.analysis;

import org.jspecify.annotations.NullMarked;
