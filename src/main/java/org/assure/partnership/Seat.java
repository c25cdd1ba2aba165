package org.assure.partnership;

import org.jspecify.annotations.Nullable;

/**
 * A seat on the board, at the head of a programme group, or in the board's team. A seat
 * with no holder is a vacancy.
 *
 * @param partnershipId the partnership
 * @param id the seat's id within the partnership
 * @param kind where the seat is
 * @param title the seat's title (role)
 * @param groupName the board, group or team the seat belongs to
 * @param agencyId the agency the seat represents, if any
 * @param agencyName that agency's name
 * @param personId the holder, or null for a vacancy
 * @param holderName the holder's name, or null for a vacancy
 * @param source where the seat was taken from, such as a line of a published report
 */
public record Seat(long partnershipId, long id, SeatKind kind, String title, String groupName, @Nullable Long agencyId,
		@Nullable String agencyName, @Nullable Long personId, @Nullable String holderName, @Nullable String source) {

	/**
	 * Whether nobody holds the seat.
	 * @return true for a vacancy
	 */
	public boolean vacant() {
		return this.personId == null;
	}

}
