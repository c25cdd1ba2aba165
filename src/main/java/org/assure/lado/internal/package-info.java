/**
 * The demo's LADO referrals of April 2014 to February 2015, built from the seed's counts.
 */
@NullMarked
package org.assure.lado.internal;

import org.jspecify.annotations.NullMarked;
