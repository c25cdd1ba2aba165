/**
 * The case data pages: imports with a progress bar, batches, and the data-quality report.
 */
@NullMarked
package org.assure.casedata.web;

import org.jspecify.annotations.NullMarked;
