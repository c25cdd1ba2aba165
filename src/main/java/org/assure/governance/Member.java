package org.assure.governance;

import org.jspecify.annotations.Nullable;

/**
 * A seat on a group.
 *
 * @param id its number
 * @param groupId the group
 * @param seat the organisation, agency or role it stands for
 * @param personName who holds it, or null
 * @param agencyId the partner agency it represents, or null (an independent chair, a lay
 * member)
 * @param agencyName that agency's name, or null
 * @param membership how it sits on the group
 * @param active whether it is a current member
 * @param source where the seat comes from, such as a line of the annual report, or null
 */
public record Member(long id, long groupId, String seat, @Nullable String personName, @Nullable Long agencyId,
		@Nullable String agencyName, Membership membership, boolean active, @Nullable String source) {
}
