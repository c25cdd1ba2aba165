package org.assure.complaints;

import java.util.Optional;
import java.util.Set;

import org.assure.corrections.CorrectableRecords;
import org.assure.corrections.RecordRef;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Complaints in the register of withdrawn records, named by number, service area and day.
 */
@Component
class ComplaintRecords implements CorrectableRecords {

	private final Complaints complaints;

	ComplaintRecords(Complaints complaints) {
		this.complaints = complaints;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(Complaints.COMPLAINT_RECORD);
	}

	@Override
	public String what(String kind) {
		return "complaint";
	}

	@Override
	public Optional<String> describe(long partnershipId, RecordRef record) {
		return this.complaints.describe(partnershipId, record.id());
	}

	@Override
	public @Nullable String path(long partnershipId, RecordRef record) {
		return "/complaints";
	}

	@Override
	public void restore(long partnershipId, RecordRef record) {
		this.complaints.bringBack(partnershipId, record.id());
	}

}
