/**
 * Test support shared by the modules' tests.
 */
@NullMarked
package org.assure.support;

import org.jspecify.annotations.NullMarked;
