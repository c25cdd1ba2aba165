package org.assure.assurance;

import java.util.Optional;
import java.util.Set;

import org.assure.corrections.CorrectableRecords;
import org.assure.corrections.RecordRef;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Assurance's records in the register of withdrawn records: the voices of children and
 * practitioners, case reviews and case file audits.
 */
@Component
class AssuranceRecords implements CorrectableRecords {

	private final Voice voice;

	private final CaseReviews reviews;

	private final CaseFileAudits audits;

	AssuranceRecords(Voice voice, CaseReviews reviews, CaseFileAudits audits) {
		this.voice = voice;
		this.reviews = reviews;
		this.audits = audits;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(Voice.ENGAGEMENT_RECORD, CaseReviews.REVIEW_RECORD, CaseFileAudits.AUDIT_RECORD);
	}

	@Override
	public String what(String kind) {
		return switch (kind) {
			case CaseReviews.REVIEW_RECORD -> "case review";
			case CaseFileAudits.AUDIT_RECORD -> "case file audit";
			default -> "engagement";
		};
	}

	@Override
	public Optional<String> describe(long partnershipId, RecordRef record) {
		return switch (record.kind()) {
			case CaseReviews.REVIEW_RECORD -> this.reviews.describe(partnershipId, record.id());
			case CaseFileAudits.AUDIT_RECORD -> this.audits.describe(partnershipId, record.id());
			default -> this.voice.describe(partnershipId, record.id());
		};
	}

	@Override
	public @Nullable String path(long partnershipId, RecordRef record) {
		return switch (record.kind()) {
			case CaseReviews.REVIEW_RECORD -> "/assurance/reviews";
			case CaseFileAudits.AUDIT_RECORD -> "/assurance/audits";
			default -> "/assurance/voice";
		};
	}

	@Override
	public void restore(long partnershipId, RecordRef record) {
		switch (record.kind()) {
			case CaseReviews.REVIEW_RECORD -> this.reviews.bringBack(partnershipId, record.id());
			case CaseFileAudits.AUDIT_RECORD -> this.audits.bringBack(partnershipId, record.id());
			default -> this.voice.bringBack(partnershipId, record.id());
		}
	}

}
