/**
 * The analysis API.
 */
@NullMarked
package org.assure.indicators.web;

import org.jspecify.annotations.NullMarked;
