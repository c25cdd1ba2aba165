/**
 * The shell's workings: the model every page gets, the deny-by-default guard, static
 * assets.
 */
@NullMarked
package org.assure.shell.internal;

import org.jspecify.annotations.NullMarked;
