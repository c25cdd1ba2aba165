package org.assure.cli;

/**
 * A benchmark of {@code assure bench} contributed by a module: a picocli {@code @Command}
 * listed in {@code META-INF/services/org.assure.AssureBench}.
 */
public interface AssureBench {

}
