/**
 * A child's journey as an importer reads it, before it is judged and stored: plain
 * records, no Spring.
 */
@NullMarked
package org.assure.casedata.journey;

import org.jspecify.annotations.NullMarked;
