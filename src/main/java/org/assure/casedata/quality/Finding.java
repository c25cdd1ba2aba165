package org.assure.casedata.quality;

import org.assure.casedata.journey.Location;
import org.jspecify.annotations.Nullable;

/**
 * What a rule found, where.
 *
 * @param rule the rule's code, such as {@code DQ104}
 * @param severity error or query
 * @param location the file and element path or row
 * @param field the field or fields concerned
 * @param message what is wrong, with the values that show it
 * @param childKey the pseudonymised child, when the child is known
 */
public record Finding(String rule, Severity severity, Location location, String field, String message,
		@Nullable String childKey) {

	/**
	 * The same finding about a known child.
	 * @param key the pseudonymised child key
	 * @return the finding with the key
	 */
	public Finding forChild(@Nullable String key) {
		return new Finding(this.rule, this.severity, this.location, this.field, this.message, key);
	}

}
