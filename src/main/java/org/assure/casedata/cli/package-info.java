/**
 * The {@code import} command.
 */
@NullMarked
package org.assure.casedata.cli;

import org.jspecify.annotations.NullMarked;
