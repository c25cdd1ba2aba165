package org.assure.partnership;

import org.jspecify.annotations.Nullable;

/**
 * Someone who works with the partnership: a board member, a chair, an officer. Not a
 * child: no child is ever stored by name.
 *
 * @param partnershipId the partnership
 * @param id the person's id within the partnership
 * @param fullName the person's name
 * @param jobTitle the job title
 * @param agencyId the agency the person works for, if any
 * @param phone a work telephone
 * @param email a work email
 */
public record Person(long partnershipId, long id, String fullName, @Nullable String jobTitle, @Nullable Long agencyId,
		@Nullable String phone, @Nullable String email) {
}
