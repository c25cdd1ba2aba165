/**
 * Demo mode: the partnership "Leicester (demo)" loaded from the seed report, and one demo
 * user per role.
 */
@NullMarked
package org.assure.partnership.demo;

import org.jspecify.annotations.NullMarked;
