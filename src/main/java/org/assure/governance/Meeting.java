package org.assure.governance;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A meeting of a group.
 *
 * @param id its number
 * @param groupId the group
 * @param date when
 * @param title its title
 * @param agenda what it was to discuss
 * @param decisions what it decided
 * @param source where the record comes from, or null
 */
public record Meeting(long id, long groupId, LocalDate date, String title, String agenda, String decisions,
		@Nullable String source) {
}
