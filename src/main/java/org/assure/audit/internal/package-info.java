/**
 * How the access log is stored.
 */
@NullMarked
package org.assure.audit.internal;

import org.jspecify.annotations.NullMarked;
