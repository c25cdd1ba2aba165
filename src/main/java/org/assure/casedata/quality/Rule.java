package org.assure.casedata.quality;

/**
 * A data-quality rule, as the report and the documentation describe it.
 *
 * @param code a stable code, such as {@code DQ104}
 * @param severity what a breach does
 * @param title what the rule checks, in a few words
 */
public record Rule(String code, Severity severity, String title) {
}
