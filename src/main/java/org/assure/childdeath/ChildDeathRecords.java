package org.assure.childdeath;

import java.util.Optional;
import java.util.Set;

import org.assure.corrections.CorrectableRecords;
import org.assure.corrections.RecordRef;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Child deaths in the register of withdrawn records, named by number, kind and day of
 * notification.
 */
@Component
class ChildDeathRecords implements CorrectableRecords {

	private final ChildDeaths deaths;

	ChildDeathRecords(ChildDeaths deaths) {
		this.deaths = deaths;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(ChildDeaths.DEATH_RECORD);
	}

	@Override
	public String what(String kind) {
		return "child death";
	}

	@Override
	public Optional<String> describe(long partnershipId, RecordRef record) {
		return this.deaths.describe(partnershipId, record.id());
	}

	@Override
	public @Nullable String path(long partnershipId, RecordRef record) {
		return "/child-deaths";
	}

	@Override
	public void restore(long partnershipId, RecordRef record) {
		this.deaths.bringBack(partnershipId, record.id());
	}

}
