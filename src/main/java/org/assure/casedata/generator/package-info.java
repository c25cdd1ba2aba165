/**
 * A deterministic generator of realistic, rule-valid child journeys, with a preset
 * calibrated to the Leicester LSCB Annual Report 2014-15.
 */
@NullMarked
package org.assure.casedata.generator;

import org.jspecify.annotations.NullMarked;
