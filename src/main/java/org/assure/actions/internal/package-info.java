/**
 * The actions module's internals: demo mode's Ofsted recommendations.
 */
@NullMarked
package org.assure.actions.internal;

import org.jspecify.annotations.NullMarked;
