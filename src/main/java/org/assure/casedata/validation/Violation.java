package org.assure.casedata.validation;

import org.assure.casedata.journey.Location;
import org.assure.casedata.quality.Severity;
import org.jspecify.annotations.Nullable;

/**
 * What a DfE rule found in a return: which rule, which child, which row and field.
 *
 * @param code the rule's DfE code
 * @param severity error or query
 * @param message the DfE's message
 * @param child the child's id as the return gives it ({@code LAchildID}, {@code CHILD}),
 * or null for a finding about the whole return
 * @param table the table
 * @param row the row's number within its table, from 1, or 0 for the whole return
 * @param field the field or fields
 * @param location the file and element path or line
 * @param detail the values that show it
 */
public record Violation(String code, Severity severity, String message, @Nullable String child, String table, int row,
		String field, Location location, String detail) {

}
