package org.assure.reporting.lint;

/**
 * What the linter found.
 *
 * @param line the 1-based line of the (extracted) text
 * @param excerpt the words the finding is about
 * @param rule the rule's code
 * @param message what is wrong, with the computation
 * @param severity error or warning
 */
public record Finding(int line, String excerpt, String rule, String message, Severity severity) {
}
