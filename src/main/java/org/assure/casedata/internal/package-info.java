/**
 * How journeys are pseudonymised and stored, and how an import runs as one transaction.
 */
@NullMarked
package org.assure.casedata.internal;

import org.jspecify.annotations.NullMarked;
