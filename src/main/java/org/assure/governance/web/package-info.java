/**
 * The governance pages: groups, meetings, attendance and quorum, the attendance report.
 */
@NullMarked
package org.assure.governance.web;

import org.jspecify.annotations.NullMarked;
