package org.assure.assurance;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A round of Section 11 self-assessment: the agencies rate themselves against its
 * standards while it is open, the board challenges them, and once it is published every
 * agency's answers are read by the board; before that an agency sees only its own.
 *
 * @param id its number
 * @param name its name, such as 2014-15
 * @param opensOn when agencies may start answering
 * @param closesOn when their answers are due
 * @param publishedOn when it was published, or null while open
 * @param conclusion what the board concluded, once published
 * @param standards the standards it asks, numbered from 1 in this order
 */
public record Section11Round(long id, String name, LocalDate opensOn, LocalDate closesOn,
		@Nullable LocalDate publishedOn, String conclusion, List<String> standards) {

	/**
	 * The round, its standards copied.
	 */
	public Section11Round {
		standards = List.copyOf(standards);
	}

	/**
	 * Whether the answers are published.
	 * @return true once published
	 */
	public boolean published() {
		return this.publishedOn != null;
	}

	/**
	 * The round published.
	 * @param on when
	 * @param conclusion what the board concluded
	 * @return the round, published
	 * @throws IllegalSection11MoveException when published already, or the date is before
	 * the round opened
	 */
	public Section11Round publish(LocalDate on, String conclusion) {
		if (published()) {
			throw new IllegalSection11MoveException("The round was published on " + this.publishedOn + " already");
		}
		if (on.isBefore(this.opensOn)) {
			throw new IllegalSection11MoveException(
					"A round cannot be published before it opened (" + this.opensOn + ")");
		}
		return new Section11Round(this.id, this.name, this.opensOn, this.closesOn, on, conclusion.strip(),
				this.standards);
	}

	/**
	 * Checks that agencies may still answer.
	 * @throws IllegalSection11MoveException when the round is published
	 */
	public void requireOpen() {
		if (published()) {
			throw new IllegalSection11MoveException(
					"The round was published on " + this.publishedOn + ": its answers can no longer change");
		}
	}

}
