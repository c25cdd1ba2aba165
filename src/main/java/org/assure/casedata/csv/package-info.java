/**
 * The Assure CSV template: one file, one row per record, a child's rows together.
 */
@NullMarked
package org.assure.casedata.csv;

import org.jspecify.annotations.NullMarked;
