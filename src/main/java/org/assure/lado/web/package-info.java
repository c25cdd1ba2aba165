/**
 * The LADO's pages: the allegations, one allegation and its steps, and the reports.
 */
@NullMarked
package org.assure.lado.web;

import org.jspecify.annotations.NullMarked;
