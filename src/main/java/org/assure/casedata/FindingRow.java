package org.assure.casedata;

import org.jspecify.annotations.Nullable;

/**
 * A stored data-quality finding, as the report lists it.
 *
 * @param ruleCode the rule
 * @param severity ERROR or QUERY
 * @param fileName the file
 * @param location the element path or row
 * @param childKey the pseudonymised child
 * @param field the field
 * @param message what is wrong
 */
public record FindingRow(String ruleCode, String severity, String fileName, String location, @Nullable String childKey,
		@Nullable String field, String message) {
}
