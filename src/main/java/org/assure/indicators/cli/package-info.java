/**
 * The {@code spc} command: statistical process control for any series, as an analyst's
 * tool.
 */
@NullMarked
package org.assure.indicators.cli;

import org.jspecify.annotations.NullMarked;
