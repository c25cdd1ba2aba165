package org.assure.complaints;

import java.util.Optional;
import java.util.Set;

import org.assure.corrections.CorrectableRecords;
import org.assure.corrections.RecordRef;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Complaints, commendations and earlier years' figures in the register of withdrawn
 * records.
 */
@Component
class ComplaintRecords implements CorrectableRecords {

	private final Complaints complaints;

	private final Commendations commendations;

	private final EarlierYears earlierYears;

	ComplaintRecords(Complaints complaints, Commendations commendations, EarlierYears earlierYears) {
		this.complaints = complaints;
		this.commendations = commendations;
		this.earlierYears = earlierYears;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(Complaints.COMPLAINT_RECORD, Commendations.COMMENDATION_RECORD, EarlierYears.EARLIER_YEAR_RECORD);
	}

	@Override
	public String what(String kind) {
		return switch (kind) {
			case Commendations.COMMENDATION_RECORD -> "commendation";
			case EarlierYears.EARLIER_YEAR_RECORD -> "earlier year's complaint figures";
			default -> "complaint";
		};
	}

	@Override
	public Optional<String> describe(long partnershipId, RecordRef record) {
		return switch (record.kind()) {
			case Commendations.COMMENDATION_RECORD -> this.commendations.describe(partnershipId, record.id());
			case EarlierYears.EARLIER_YEAR_RECORD -> this.earlierYears.describe(partnershipId, record.id());
			default -> this.complaints.describe(partnershipId, record.id());
		};
	}

	@Override
	public @Nullable String path(long partnershipId, RecordRef record) {
		return switch (record.kind()) {
			case Commendations.COMMENDATION_RECORD -> "/complaints/commendations";
			case EarlierYears.EARLIER_YEAR_RECORD -> "/complaints/earlier-years";
			default -> "/complaints";
		};
	}

	@Override
	public Optional<String> whyNot(long partnershipId, RecordRef record) {
		return EarlierYears.EARLIER_YEAR_RECORD.equals(record.kind())
				? this.earlierYears.whyNotBack(partnershipId, record.id()) : Optional.empty();
	}

	@Override
	public void restore(long partnershipId, RecordRef record) {
		switch (record.kind()) {
			case Commendations.COMMENDATION_RECORD -> this.commendations.bringBack(partnershipId, record.id());
			case EarlierYears.EARLIER_YEAR_RECORD -> this.earlierYears.bringBack(partnershipId, record.id());
			default -> this.complaints.bringBack(partnershipId, record.id());
		}
	}

}
