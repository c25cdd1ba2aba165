package org.assure.assurance;

import java.util.Optional;
import java.util.Set;

import org.assure.corrections.CorrectableRecords;
import org.assure.corrections.RecordRef;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Assurance's records in the register of withdrawn records: the voices of children and
 * practitioners, case reviews, case file audits and Section 11 rounds.
 */
@Component
class AssuranceRecords implements CorrectableRecords {

	private final Voice voice;

	private final CaseReviews reviews;

	private final CaseFileAudits audits;

	private final Section11Audits section11;

	AssuranceRecords(Voice voice, CaseReviews reviews, CaseFileAudits audits, Section11Audits section11) {
		this.voice = voice;
		this.reviews = reviews;
		this.audits = audits;
		this.section11 = section11;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(Voice.ENGAGEMENT_RECORD, CaseReviews.REVIEW_RECORD, CaseFileAudits.AUDIT_RECORD,
				Section11Audits.ROUND_RECORD);
	}

	@Override
	public String what(String kind) {
		return switch (kind) {
			case CaseReviews.REVIEW_RECORD -> "case review";
			case CaseFileAudits.AUDIT_RECORD -> "case file audit";
			case Section11Audits.ROUND_RECORD -> "Section 11 round";
			default -> "engagement";
		};
	}

	@Override
	public Optional<String> describe(long partnershipId, RecordRef record) {
		return switch (record.kind()) {
			case CaseReviews.REVIEW_RECORD -> this.reviews.describe(partnershipId, record.id());
			case CaseFileAudits.AUDIT_RECORD -> this.audits.describe(partnershipId, record.id());
			case Section11Audits.ROUND_RECORD -> this.section11.describe(partnershipId, record.id());
			default -> this.voice.describe(partnershipId, record.id());
		};
	}

	@Override
	public @Nullable String path(long partnershipId, RecordRef record) {
		return switch (record.kind()) {
			case CaseReviews.REVIEW_RECORD -> "/assurance/reviews";
			case CaseFileAudits.AUDIT_RECORD -> "/assurance/audits";
			case Section11Audits.ROUND_RECORD -> "/assurance/section11";
			default -> "/assurance/voice";
		};
	}

	@Override
	public void restore(long partnershipId, RecordRef record) {
		switch (record.kind()) {
			case CaseReviews.REVIEW_RECORD -> this.reviews.bringBack(partnershipId, record.id());
			case CaseFileAudits.AUDIT_RECORD -> this.audits.bringBack(partnershipId, record.id());
			case Section11Audits.ROUND_RECORD -> this.section11.bringBack(partnershipId, record.id());
			default -> this.voice.bringBack(partnershipId, record.id());
		}
	}

}
