/**
 * Partnerships (the tenants Assure serves), their agencies, people and seats, user
 * accounts with their roles and agency scope, and signing in.
 */
@ApplicationModule(displayName = "Partnership", allowedDependencies = { "shell", "audit", "cli" })
@NullMarked
package org.assure.partnership;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
