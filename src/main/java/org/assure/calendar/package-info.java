/**
 * The calendar of England and Wales as statutory timescales need it: bank holidays from
 * their rules and one-off changes, local closure days, working-day arithmetic, and
 * reporting periods (financial years, quarters, months, "as at" dates).
 */
@ApplicationModule(displayName = "Calendar", allowedDependencies = {})
@NullMarked
package org.assure.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
