package org.assure.casedata;

import java.util.Locale;

import org.assure.casedata.internal.Pseudonymiser;

import org.springframework.stereotype.Service;

/**
 * Pseudonyms for other modules' casework: a child's key is the one the case data gives
 * the same child, so that casework joins up with journeys; an adult's key is made the
 * same way in a namespace of its own, so that repeat referrals about one adult are found
 * without the adult's name ever being stored.
 */
@Service
public class Pseudonyms {

	private final Pseudonymiser pseudonymiser;

	Pseudonyms(Pseudonymiser pseudonymiser) {
		this.pseudonymiser = pseudonymiser;
	}

	/**
	 * A child's key, as the case data keys the same authority id.
	 * @param partnershipId the partnership
	 * @param localId the authority's child id
	 * @return 64 hexadecimal characters
	 */
	public String childKey(long partnershipId, String localId) {
		return this.pseudonymiser.key(partnershipId, localId.strip());
	}

	/**
	 * An adult's key: the same for the same identifier (a name, a staff number) whatever
	 * its case and spacing, never equal to a child's key.
	 * @param partnershipId the partnership
	 * @param identifier what the referral names the adult by
	 * @return 64 hexadecimal characters
	 */
	public String adultKey(long partnershipId, String identifier) {
		String normal = identifier.strip().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
		return this.pseudonymiser.key(partnershipId, "adult:" + normal);
	}

}
