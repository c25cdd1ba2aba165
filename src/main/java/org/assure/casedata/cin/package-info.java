/**
 * The DfE children in need census XML, read as a stream, one child at a time.
 */
@NullMarked
package org.assure.casedata.cin;

import org.jspecify.annotations.NullMarked;
