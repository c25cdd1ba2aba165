package org.assure.assurance;

import java.util.Optional;
import java.util.Set;

import org.assure.corrections.CorrectableRecords;
import org.assure.corrections.RecordRef;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Assurance's records in the register of withdrawn records: the voices of children and
 * practitioners, and case reviews.
 */
@Component
class AssuranceRecords implements CorrectableRecords {

	private final Voice voice;

	private final CaseReviews reviews;

	AssuranceRecords(Voice voice, CaseReviews reviews) {
		this.voice = voice;
		this.reviews = reviews;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(Voice.ENGAGEMENT_RECORD, CaseReviews.REVIEW_RECORD);
	}

	@Override
	public String what(String kind) {
		return kind.equals(CaseReviews.REVIEW_RECORD) ? "case review" : "engagement";
	}

	@Override
	public Optional<String> describe(long partnershipId, RecordRef record) {
		return record.kind().equals(CaseReviews.REVIEW_RECORD) ? this.reviews.describe(partnershipId, record.id())
				: this.voice.describe(partnershipId, record.id());
	}

	@Override
	public @Nullable String path(long partnershipId, RecordRef record) {
		return record.kind().equals(CaseReviews.REVIEW_RECORD) ? "/assurance/reviews" : "/assurance/voice";
	}

	@Override
	public void restore(long partnershipId, RecordRef record) {
		if (record.kind().equals(CaseReviews.REVIEW_RECORD)) {
			this.reviews.bringBack(partnershipId, record.id());
		}
		else {
			this.voice.bringBack(partnershipId, record.id());
		}
	}

}
