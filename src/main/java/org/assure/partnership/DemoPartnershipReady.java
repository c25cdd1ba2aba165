package org.assure.partnership;

/**
 * Published at start-up in demo mode once the demo partnership, its agencies, people and
 * users exist. Each module's demo loader listens for it and adds its own part of the
 * seed, idempotently.
 *
 * @param partnershipId the demo partnership's id
 * @param code its short code
 */
public record DemoPartnershipReady(long partnershipId, String code) {
}
