/**
 * The assurance module's internals: demo mode's engagement events.
 */
@NullMarked
package org.assure.assurance.internal;

import org.jspecify.annotations.NullMarked;
