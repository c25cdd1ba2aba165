/**
 * The SSDA903 looked-after children return: its CSV tables (each recognised by its
 * columns) and its XML form.
 */
@NullMarked
package org.assure.casedata.ssda903;

import org.jspecify.annotations.NullMarked;
