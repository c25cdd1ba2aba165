/**
 * The governance module's internals: demo mode's board, sub-groups and meetings.
 */
@NullMarked
package org.assure.governance.internal;

import org.jspecify.annotations.NullMarked;
