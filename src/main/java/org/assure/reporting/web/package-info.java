/**
 * The reporting module's pages.
 */
@NullMarked
package org.assure.reporting.web;

import org.jspecify.annotations.NullMarked;
