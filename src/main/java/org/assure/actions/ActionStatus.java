package org.assure.actions;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where an action is in its life: open, in progress, completed, evidenced, closed. Only
 * the moves {@link #next()} names are allowed; closed is final.
 */
public enum ActionStatus {

	/** Agreed, not started. */
	OPEN("Open"),
	/** Being worked on. */
	IN_PROGRESS("In progress"),
	/** Its owner says it is done. */
	COMPLETED("Completed"),
	/** Evidence that it is done is recorded. */
	EVIDENCED("Evidenced"),
	/** The board is satisfied and has recorded its impact. */
	CLOSED("Closed");

	private final String label;

	ActionStatus(String label) {
		this.label = label;
	}

	/**
	 * The status as people read it.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * The statuses an action may move to from this one. Completed and evidenced actions
	 * may be reopened (back to in progress, with a reason).
	 * @return the next statuses
	 */
	public Set<ActionStatus> next() {
		return switch (this) {
			case OPEN -> EnumSet.of(IN_PROGRESS);
			case IN_PROGRESS -> EnumSet.of(COMPLETED);
			case COMPLETED -> EnumSet.of(EVIDENCED, IN_PROGRESS);
			case EVIDENCED -> EnumSet.of(CLOSED, IN_PROGRESS);
			case CLOSED -> EnumSet.noneOf(ActionStatus.class);
		};
	}

	/**
	 * Whether work on the action is still due, so that it can be overdue.
	 * @return true for open and in progress
	 */
	public boolean outstanding() {
		return this == OPEN || this == IN_PROGRESS;
	}

	/**
	 * The code used in addresses and files.
	 * @return the code, such as in-progress
	 */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/**
	 * The status of a code.
	 * @param code the code
	 * @return the status, if there is one
	 */
	public static Optional<ActionStatus> fromCode(String code) {
		return Arrays.stream(values()).filter((status) -> status.code().equals(code)).findFirst();
	}

}
