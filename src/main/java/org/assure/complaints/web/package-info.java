/**
 * The complaints pages: the complaints, one complaint and its stages, commendations, and
 * the reports.
 */
@NullMarked
package org.assure.complaints.web;

import org.jspecify.annotations.NullMarked;
