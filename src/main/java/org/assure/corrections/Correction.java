package org.assure.corrections;

import java.time.Instant;
import java.util.List;

/**
 * A correction as the history shows it.
 *
 * @param kind an edit, a withdrawal or a restoration
 * @param changes the fields that changed (none for a withdrawal)
 * @param reason why, as the person gave it
 * @param by who made it
 * @param at when
 */
public record Correction(Kind kind, List<FieldChange> changes, String reason, String by, Instant at) {

	/** What a correction did to its record. */
	public enum Kind {

		/** Fields were changed. */
		EDITED("Edited"),

		/** The record was withdrawn: it counts in no figure, its history stays. */
		WITHDRAWN("Withdrawn"),

		/** A withdrawn record was brought back. */
		RESTORED("Restored");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		/**
		 * The kind in words.
		 * @return the label
		 */
		public String label() {
			return this.label;
		}

	}

}
