package org.assure.calendar;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Where a statutory clock stands on a day: done by its date or after it, or still to be
 * done and far off, near (within the working days a module sets) or past its date. Case
 * reviews and complaints read their clocks the same way.
 */
public enum ClockState {

	/** Done by its date. */
	MET("Met", false),

	/** Done after its date. */
	LATE("Met late", false),

	/** Not done, and its date is far off. */
	RUNNING("Running", true),

	/** Not done, and its date is near. */
	DUE_SOON("Due soon", true),

	/** Not done, and its date has passed. */
	OVERDUE("Overdue", true);

	private final String label;

	private final boolean open;

	ClockState(String label, boolean open) {
		this.label = label;
		this.open = open;
	}

	/**
	 * The state in words.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * Whether the step is still to be done.
	 * @return true while running, due soon or overdue
	 */
	public boolean open() {
		return this.open;
	}

	/**
	 * Where a clock stands.
	 * @param due when the step is due
	 * @param done when it was done, or null
	 * @param today the day
	 * @param workingDays the calendar
	 * @param dueSoonWorkingDays within how many working days of its date a step is due
	 * soon
	 * @return the state
	 */
	public static ClockState of(LocalDate due, @Nullable LocalDate done, LocalDate today, WorkingDays workingDays,
			int dueSoonWorkingDays) {
		if (done != null) {
			return done.isAfter(due) ? LATE : MET;
		}
		if (today.isAfter(due)) {
			return OVERDUE;
		}
		return (workingDays.between(today, due) <= dueSoonWorkingDays) ? DUE_SOON : RUNNING;
	}

}
