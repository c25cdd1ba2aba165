/**
 * The web shell every page stands in: layout, navigation by board function, error pages,
 * and the rule that no controller method is reachable unless it says who may call it.
 */
@ApplicationModule(displayName = "Web shell", allowedDependencies = {})
@NullMarked
package org.assure.shell;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
