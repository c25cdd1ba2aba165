/**
 * The training programme's demo data.
 */
@NullMarked
package org.assure.training.internal;

import org.jspecify.annotations.NullMarked;
