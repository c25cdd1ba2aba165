package org.assure.assurance;

import java.util.Optional;
import java.util.Set;

import org.assure.corrections.CorrectableRecords;
import org.assure.corrections.RecordRef;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Assurance's records in the register of withdrawn records: the voices of children and
 * practitioners.
 */
@Component
class AssuranceRecords implements CorrectableRecords {

	private final Voice voice;

	AssuranceRecords(Voice voice) {
		this.voice = voice;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(Voice.ENGAGEMENT_RECORD);
	}

	@Override
	public String what(String kind) {
		return "engagement";
	}

	@Override
	public Optional<String> describe(long partnershipId, RecordRef record) {
		return this.voice.describe(partnershipId, record.id());
	}

	@Override
	public @Nullable String path(long partnershipId, RecordRef record) {
		return "/assurance/voice";
	}

	@Override
	public void restore(long partnershipId, RecordRef record) {
		this.voice.bringBack(partnershipId, record.id());
	}

}
