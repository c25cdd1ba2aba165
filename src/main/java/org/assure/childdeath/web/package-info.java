/**
 * The child death reviews' pages.
 */
@NullMarked
package org.assure.childdeath.web;

import org.jspecify.annotations.NullMarked;
