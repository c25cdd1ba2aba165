/**
 * The command line: the {@code assure} command, how a command starts the application
 * without its web server, how modules contribute sub-commands and benchmarks, and how a
 * command prints its result ({@code --format text|json}), with nothing but the result on
 * standard output.
 */
@ApplicationModule(displayName = "Command line", allowedDependencies = {})
@NullMarked
package org.assure.cli;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
