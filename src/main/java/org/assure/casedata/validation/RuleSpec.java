package org.assure.casedata.validation;

import java.util.List;

import org.assure.casedata.quality.Severity;

/**
 * A DfE validation rule as the DfE publishes it.
 *
 * @param code the DfE's code ({@code 8525}, {@code 2886Q}, {@code 103})
 * @param severity error, or query for codes ending in Q
 * @param message the DfE's message
 * @param fields the tables and fields it reads, as {@code Table.Field}
 */
public record RuleSpec(String code, Severity severity, String message, List<String> fields) {

	/**
	 * A rule whose severity follows its code: query when it ends in Q.
	 * @param code the DfE's code
	 * @param message the DfE's message
	 * @param fields the tables and fields it reads
	 * @return the rule's description
	 */
	public static RuleSpec of(String code, String message, String... fields) {
		return new RuleSpec(code, code.endsWith("Q") ? Severity.QUERY : Severity.ERROR, message, List.of(fields));
	}

	/**
	 * The table the rule is reported against: that of its first field.
	 * @return the table
	 */
	public String table() {
		String first = this.fields.isEmpty() ? "" : this.fields.get(0);
		int dot = first.indexOf('.');
		return (dot < 0) ? first : first.substring(0, dot);
	}

}
