/**
 * The action tracker's pages and exports.
 */
@NullMarked
package org.assure.actions.web;

import org.jspecify.annotations.NullMarked;
