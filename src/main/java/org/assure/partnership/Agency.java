package org.assure.partnership;

/**
 * A partner agency of a partnership.
 *
 * @param partnershipId the partnership
 * @param id the agency's id within the partnership
 * @param name its name
 * @param type what kind of body it is
 * @param active whether it is still a partner
 */
public record Agency(long partnershipId, long id, String name, AgencyType type, boolean active) {
}
