/**
 * The Assure application: its entry point; every module, the command line among them, is
 * a direct sub-package.
 */
@NullMarked
package org.assure;

import org.jspecify.annotations.NullMarked;
