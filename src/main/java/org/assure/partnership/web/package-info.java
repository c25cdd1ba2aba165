/**
 * The partnership's pages: sign-in, the home page of each role, the partnership's
 * agencies and people, user administration, the account page, and {@code /api/v1/me}.
 */
@NullMarked
package org.assure.partnership.web;

import org.jspecify.annotations.NullMarked;
