/**
 * The report linter: reads a safeguarding report (text, Word, PDF or web page), finds its
 * numeric claims and checks that they agree with themselves — percentages with their
 * counts and bases, parts with their totals, stated changes with their figures, dates,
 * baselines, the same quantity given twice, and tick tables. Precision over recall: a
 * rule never fires where the base is ambiguous.
 */
@NamedInterface("lint")
@NullMarked
package org.assure.reporting.lint;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
