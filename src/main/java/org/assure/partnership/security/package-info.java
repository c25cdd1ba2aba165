/**
 * Signing in: accounts, passwords, lockout after repeated failures, the first
 * administrator, and the web security rules (deny by default, CSRF, strict headers).
 */
@NullMarked
package org.assure.partnership.security;

import org.jspecify.annotations.NullMarked;
