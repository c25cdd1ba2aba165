package org.assure.shell;

/**
 * What a user does to a {@link Resource}. A role is a set of grants, each a resource, an
 * operation and a {@link Scope}; see the partnership module's {@code Grants}.
 */
public enum Operation {

	/** See the records one by one. */
	READ("read", "See the records one by one."),

	/** See the aggregate reports built from the records. */
	REPORT("report", "See the aggregate reports built from the records."),

	/** Record, change and withdraw. */
	WRITE("write", "Record, change and withdraw."),

	/**
	 * Answer for an agency: comment on its figures, answer its self-assessment, move its
	 * actions on.
	 */
	RESPOND("respond",
			"Answer for an agency: comment on its figures, answer its self-assessment, move its actions on."),

	/**
	 * Question and follow up: challenges, reviews of progress, actions linked to a
	 * record.
	 */
	CHALLENGE("challenge", "Question and follow up: challenges, reviews of progress, actions linked to a record."),

	/** Approve what the board publishes. */
	APPROVE("approve", "Approve what the board publishes.");

	private final String label;

	private final String description;

	Operation(String label, String description) {
		this.label = label;
		this.description = description;
	}

	/**
	 * The operation as people say it.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * What the operation lets a user do, in a sentence.
	 * @return the description
	 */
	public String description() {
		return this.description;
	}

}
