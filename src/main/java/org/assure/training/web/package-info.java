/**
 * The training programme's pages.
 */
@NullMarked
package org.assure.training.web;

import org.jspecify.annotations.NullMarked;
