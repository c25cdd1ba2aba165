package org.assure.corrections;

/**
 * Which record a correction is of: its kind, named by the module that holds it
 * ({@code governance.member}, {@code actions.action}), and its number.
 *
 * @param kind the kind of record
 * @param id its number within the partnership
 */
public record RecordRef(String kind, long id) {

	public RecordRef {
		if (kind.isBlank() || kind.length() > 60) {
			throw new IllegalArgumentException("A record's kind is 1 to 60 characters: '" + kind + "'");
		}
	}

}
