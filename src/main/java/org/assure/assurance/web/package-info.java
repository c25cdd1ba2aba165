/**
 * The assurance pages.
 */
@NullMarked
package org.assure.assurance.web;

import org.jspecify.annotations.NullMarked;
