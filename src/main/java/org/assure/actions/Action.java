package org.assure.actions;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An action on the tracker.
 *
 * @param partnershipId the partnership
 * @param id its number
 * @param source where it comes from
 * @param sourceReference what in the source, such as "Ofsted 2015, recommendation 5"
 * @param title what is to be done, in a line
 * @param description more about it
 * @param ownerAgencyId the agency that owns it, or null for the board itself
 * @param ownerAgencyName that agency's name, or null
 * @param ownerPerson the person who leads it
 * @param dueDate when it is due
 * @param status where it is
 * @param completionNote what was done, once completed
 * @param evidence the evidence that it is done, once evidenced
 * @param impact the difference it made, once closed
 * @param createdBy who put it on the tracker
 * @param createdAt when
 * @param version how many times it has been changed, to refuse a change made on an old
 * reading
 */
public record Action(long partnershipId, long id, ActionSource source, String sourceReference, String title,
		String description, @Nullable Long ownerAgencyId, @Nullable String ownerAgencyName, String ownerPerson,
		LocalDate dueDate, ActionStatus status, @Nullable String completionNote, @Nullable String evidence,
		@Nullable String impact, String createdBy, Instant createdAt, int version) {

	/**
	 * Whether the action is overdue: still outstanding after its due date.
	 * @param today today
	 * @return true when overdue
	 */
	public boolean overdue(LocalDate today) {
		return this.status.outstanding() && this.dueDate.isBefore(today);
	}

	/**
	 * Whether the action is escalated: overdue by more than the days allowed.
	 * @param today today
	 * @param escalateAfterDays how many days overdue an action may be before it is
	 * escalated
	 * @return true when escalated
	 */
	public boolean escalated(LocalDate today, int escalateAfterDays) {
		return overdue(today) && this.dueDate.plusDays(escalateAfterDays).isBefore(today);
	}

	/**
	 * Who owns the action, in words.
	 * @return the agency and person
	 */
	public String owner() {
		return (this.ownerAgencyName != null) ? this.ownerAgencyName + ": " + this.ownerPerson
				: "The board: " + this.ownerPerson;
	}

}
