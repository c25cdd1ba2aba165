/**
 * The partnership module's commands: a partnership's backup and restore.
 */
@NullMarked
package org.assure.partnership.cli;

import org.jspecify.annotations.NullMarked;
