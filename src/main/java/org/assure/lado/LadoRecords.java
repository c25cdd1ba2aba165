package org.assure.lado;

import java.util.Optional;
import java.util.Set;

import org.assure.corrections.CorrectableRecords;
import org.assure.corrections.RecordRef;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The LADO's allegations in the register of withdrawn records, named by number, sector
 * and day only.
 */
@Component
class LadoRecords implements CorrectableRecords {

	private final Allegations allegations;

	LadoRecords(Allegations allegations) {
		this.allegations = allegations;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(Allegations.ALLEGATION_RECORD);
	}

	@Override
	public String what(String kind) {
		return "allegation";
	}

	@Override
	public Optional<String> describe(long partnershipId, RecordRef record) {
		return this.allegations.describe(partnershipId, record.id());
	}

	@Override
	public @Nullable String path(long partnershipId, RecordRef record) {
		return "/lado/allegations";
	}

	@Override
	public void restore(long partnershipId, RecordRef record) {
		this.allegations.bringBack(partnershipId, record.id());
	}

}
