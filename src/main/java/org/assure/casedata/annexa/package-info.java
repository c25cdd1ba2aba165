/**
 * Ofsted's Annex A workbook: the eleven lists, read into child journeys.
 */
@NullMarked
package org.assure.casedata.annexa;

import org.jspecify.annotations.NullMarked;
