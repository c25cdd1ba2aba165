/**
 * The Assure application: its entry point and command line; every module is a direct
 * sub-package.
 */
@NullMarked
package org.assure;

import org.jspecify.annotations.NullMarked;
