package org.assure.training;

import java.time.LocalDate;

/**
 * A course or event of the programme, with its bookings counted.
 *
 * @param id its number
 * @param title its title
 * @param theme its theme
 * @param kind course or event
 * @param runsOn the day it runs
 * @param provider the agency that provides it
 * @param places the places it has
 * @param booked the places booked and not cancelled
 * @param attended the attendances recorded
 * @param noShows the no-shows recorded
 * @param cancelled the cancellations
 */
public record Course(long id, String title, String theme, CourseKind kind, LocalDate runsOn, String provider,
		int places, int booked, int attended, int noShows, int cancelled) {

	/**
	 * Whether attendance is recorded for every place booked.
	 * @return true when none is still only booked
	 */
	public boolean attendanceRecorded() {
		return this.booked == this.attended + this.noShows;
	}

}
