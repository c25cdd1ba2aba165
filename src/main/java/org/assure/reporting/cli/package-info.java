/**
 * The reporting module's commands: the dashboard's load test.
 */
@NullMarked
package org.assure.reporting.cli;

import org.jspecify.annotations.NullMarked;
