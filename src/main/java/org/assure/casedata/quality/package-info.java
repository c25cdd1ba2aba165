/**
 * Data-quality rules: each with a code, a message, a severity and the fields it concerns,
 * grouped in rule sets by collection year. An error rejects the record it is found in; a
 * query keeps it and lists it.
 */
@NullMarked
package org.assure.casedata.quality;

import org.jspecify.annotations.NullMarked;
