/**
 * The access log: an append-only record of who signed in, and who read, searched, changed
 * or exported which sensitive record, when and from where. It never holds a record's
 * content.
 */
@ApplicationModule(displayName = "Access log", allowedDependencies = { "shell" })
@NullMarked
package org.assure.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
