/**
 * How indicators are computed from journey facts: plain Java over the facts, so that each
 * definition can be tested on hand-built journeys.
 */
@NullMarked
package org.assure.indicators.engine;

import org.jspecify.annotations.NullMarked;
