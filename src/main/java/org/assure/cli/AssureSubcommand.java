package org.assure.cli;

/**
 * A sub-command of {@code assure} contributed by a module: a picocli {@code @Command}
 * that is listed in {@code META-INF/services/org.assure.AssureSubcommand}.
 */
public interface AssureSubcommand {

}
