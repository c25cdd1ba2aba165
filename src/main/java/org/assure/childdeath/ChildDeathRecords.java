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
		return Set.of(ChildDeaths.DEATH_RECORD, ChildDeaths.PANEL_RECORD, ChildDeaths.LEARNING_RECORD);
	}

	@Override
	public String what(String kind) {
		return switch (kind) {
			case ChildDeaths.PANEL_RECORD -> "CDOP panel";
			case ChildDeaths.LEARNING_RECORD -> "point of CDOP learning";
			default -> "child death";
		};
	}

	@Override
	public Optional<String> describe(long partnershipId, RecordRef record) {
		return switch (record.kind()) {
			case ChildDeaths.PANEL_RECORD -> this.deaths.describePanel(partnershipId, record.id());
			case ChildDeaths.LEARNING_RECORD -> this.deaths.describeLearning(partnershipId, record.id());
			default -> this.deaths.describe(partnershipId, record.id());
		};
	}

	@Override
	public @Nullable String path(long partnershipId, RecordRef record) {
		return ChildDeaths.LEARNING_RECORD.equals(record.kind()) ? "/child-deaths/learning" : "/child-deaths";
	}

	@Override
	public void restore(long partnershipId, RecordRef record) {
		switch (record.kind()) {
			case ChildDeaths.PANEL_RECORD -> this.deaths.bringBackPanel(partnershipId, record.id());
			case ChildDeaths.LEARNING_RECORD -> this.deaths.bringBackLearning(partnershipId, record.id());
			default -> this.deaths.bringBack(partnershipId, record.id());
		}
	}

}
