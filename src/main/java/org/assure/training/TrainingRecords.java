package org.assure.training;

import java.util.Optional;
import java.util.Set;

import org.assure.corrections.CorrectableRecords;
import org.assure.corrections.RecordRef;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Courses and earlier years' training figures in the register of withdrawn records.
 */
@Component
class TrainingRecords implements CorrectableRecords {

	private final Training training;

	TrainingRecords(Training training) {
		this.training = training;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(Training.COURSE_RECORD, Training.EARLIER_YEAR_RECORD);
	}

	@Override
	public String what(String kind) {
		return Training.COURSE_RECORD.equals(kind) ? "course" : "earlier year's training figures";
	}

	@Override
	public Optional<String> describe(long partnershipId, RecordRef record) {
		return Training.COURSE_RECORD.equals(record.kind()) ? this.training.describe(partnershipId, record.id())
				: this.training.describeEarlierYear(partnershipId, record.id());
	}

	@Override
	public @Nullable String path(long partnershipId, RecordRef record) {
		return "/training";
	}

	@Override
	public void restore(long partnershipId, RecordRef record) {
		if (Training.COURSE_RECORD.equals(record.kind())) {
			this.training.bringBack(partnershipId, record.id());
		}
		else {
			this.training.bringBackEarlierYear(partnershipId, record.id());
		}
	}

}
