/**
 * The indicators module's inner workings: demo data.
 */
@NullMarked
package org.assure.indicators.internal;

import org.jspecify.annotations.NullMarked;
