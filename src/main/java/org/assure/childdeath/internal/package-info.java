/**
 * The child death reviews' demo data.
 */
@NullMarked
package org.assure.childdeath.internal;

import org.jspecify.annotations.NullMarked;
