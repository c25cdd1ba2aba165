/**
 * The demo's statutory complaints of 2014-15, built from the seed's counts.
 */
@NullMarked
package org.assure.complaints.internal;

import org.jspecify.annotations.NullMarked;
