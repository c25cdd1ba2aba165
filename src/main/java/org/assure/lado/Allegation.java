package org.assure.lado;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An allegation against a person who works with children, from the LADO's referral to its
 * outcome. The adult and the children are held by pseudonym only; the setting, an
 * organisation, by name.
 *
 * @param id its number
 * @param receivedOn when the LADO received the referral
 * @param referrer who referred it (a role or an organisation)
 * @param sector the adult's employment sector
 * @param adultRole the adult's role
 * @param setting the setting or provider
 * @param adultKey the adult's pseudonym
 * @param childKeys the children's pseudonyms
 * @param harm the harm alleged
 * @param technology whether technology or social media was involved
 * @param lookedAfter whether the adult's work is with looked after children
 * @param summary the allegation in brief, without names
 * @param strategyOn when the strategy discussion took place, or null
 * @param evaluationOn when an evaluation meeting took place, or null
 * @param policeInvolved whether the police are involved
 * @param outcome the outcome, or null while open
 * @param concludedOn when the outcome was decided, or null while open
 * @param dbsReferredOn when the adult was referred to the DBS, or null
 * @param regulatorReferredOn when a regulator was told, or null
 * @param regulator which regulator, or null
 * @param evaluationPrompt why an evaluation meeting is prompted (a repeat referral), or
 * null
 */
public record Allegation(long id, LocalDate receivedOn, String referrer, EmploymentSector sector, String adultRole,
		String setting, String adultKey, List<String> childKeys, HarmType harm, boolean technology, boolean lookedAfter,
		String summary, @Nullable LocalDate strategyOn, @Nullable LocalDate evaluationOn, boolean policeInvolved,
		@Nullable AllegationOutcome outcome, @Nullable LocalDate concludedOn, @Nullable LocalDate dbsReferredOn,
		@Nullable LocalDate regulatorReferredOn, @Nullable String regulator, @Nullable String evaluationPrompt) {

	private static final EnumSet<AllegationOutcome> DISPROVED = EnumSet.of(AllegationOutcome.FALSE,
			AllegationOutcome.MALICIOUS, AllegationOutcome.UNFOUNDED);

	/**
	 * The allegation, its children copied.
	 */
	public Allegation {
		childKeys = List.copyOf(childKeys);
	}

	/**
	 * Whether the outcome is not yet decided.
	 * @return true while open
	 */
	public boolean open() {
		return this.concludedOn == null;
	}

	/**
	 * The strategy discussion held.
	 * @param on when
	 * @param police whether the police are involved
	 * @return the allegation
	 * @throws IllegalAllegationMoveException when it is concluded, or the day is before
	 * the referral
	 */
	public Allegation holdStrategy(LocalDate on, boolean police) {
		requireOpen("have a strategy discussion recorded");
		notBefore(on, this.receivedOn, "the referral");
		return with(on, this.evaluationOn, police, this.outcome, this.concludedOn, this.dbsReferredOn,
				this.regulatorReferredOn, this.regulator);
	}

	/**
	 * An evaluation meeting held: on a pattern of concern, or a repeat referral.
	 * @param on when
	 * @return the allegation
	 * @throws IllegalAllegationMoveException when it is concluded, or the day is before
	 * the referral
	 */
	public Allegation holdEvaluation(LocalDate on) {
		requireOpen("have an evaluation meeting recorded");
		notBefore(on, this.receivedOn, "the referral");
		return with(this.strategyOn, on, this.policeInvolved, this.outcome, this.concludedOn, this.dbsReferredOn,
				this.regulatorReferredOn, this.regulator);
	}

	/**
	 * The outcome decided. A referral that did not meet the threshold may be concluded at
	 * once; any other outcome follows a strategy discussion or an evaluation meeting.
	 * @param what the outcome
	 * @param on when
	 * @return the allegation, concluded
	 * @throws IllegalAllegationMoveException when it is concluded already, no discussion
	 * or meeting was held for an outcome that needs one, or the day is before them
	 */
	public Allegation conclude(AllegationOutcome what, LocalDate on) {
		requireOpen("be concluded again");
		notBefore(on, this.receivedOn, "the referral");
		if (this.strategyOn != null) {
			notBefore(on, this.strategyOn, "the strategy discussion");
		}
		if (this.evaluationOn != null) {
			notBefore(on, this.evaluationOn, "the evaluation meeting");
		}
		if (what != AllegationOutcome.THRESHOLD_NOT_MET && this.strategyOn == null && this.evaluationOn == null) {
			throw new IllegalAllegationMoveException(
					"An allegation is found " + what.label().toLowerCase(java.util.Locale.UK)
							+ " after a strategy discussion or an evaluation meeting: record it first");
		}
		return with(this.strategyOn, this.evaluationOn, this.policeInvolved, what, on, this.dbsReferredOn,
				this.regulatorReferredOn, this.regulator);
	}

	/**
	 * The adult referred to the Disclosure and Barring Service.
	 * @param on when
	 * @return the allegation
	 * @throws IllegalAllegationMoveException when it is open, referred already,
	 * disproved, or the day is before the outcome
	 */
	public Allegation referToDbs(LocalDate on) {
		if (this.concludedOn == null) {
			throw new IllegalAllegationMoveException(
					"The LADO advises on a DBS referral at the end of a case: record the outcome first");
		}
		if (this.dbsReferredOn != null) {
			throw new IllegalAllegationMoveException("The adult was referred to the DBS on " + this.dbsReferredOn);
		}
		if (DISPROVED.contains(this.outcome)) {
			throw new IllegalAllegationMoveException("An allegation found "
					+ this.outcome.label().toLowerCase(java.util.Locale.UK) + " is not a ground for a DBS referral");
		}
		notBefore(on, this.receivedOn, "the referral");
		return with(this.strategyOn, this.evaluationOn, this.policeInvolved, this.outcome, this.concludedOn, on,
				this.regulatorReferredOn, this.regulator);
	}

	/**
	 * A regulator told (Ofsted, the teaching regulator, a professional body).
	 * @param on when
	 * @param which the regulator
	 * @return the allegation
	 * @throws IllegalAllegationMoveException when it is open or a regulator was told
	 * already
	 */
	public Allegation referToRegulator(LocalDate on, String which) {
		if (this.concludedOn == null) {
			throw new IllegalAllegationMoveException("Record the outcome before the referral to a regulator");
		}
		if (this.regulatorReferredOn != null) {
			throw new IllegalAllegationMoveException(
					this.regulator + " was told on " + this.regulatorReferredOn + " already");
		}
		notBefore(on, this.receivedOn, "the referral");
		return with(this.strategyOn, this.evaluationOn, this.policeInvolved, this.outcome, this.concludedOn,
				this.dbsReferredOn, on, which.strip());
	}

	/**
	 * How long it took, in KCSIE's bands.
	 * @return the band, or null while open
	 */
	public @Nullable Resolution resolution() {
		return (this.concludedOn != null) ? Resolution.of(this.receivedOn, this.concludedOn) : null;
	}

	/**
	 * How many days it has been open on a day, or took.
	 * @param asAt the day
	 * @return calendar days from the referral to the outcome, or to the day while open
	 */
	public long daysOpen(LocalDate asAt) {
		return ChronoUnit.DAYS.between(this.receivedOn, (this.concludedOn != null) ? this.concludedOn : asAt);
	}

	private void requireOpen(String what) {
		if (this.concludedOn != null) {
			throw new IllegalAllegationMoveException("The allegation was concluded on " + this.concludedOn + " ("
					+ this.outcome.label().toLowerCase(java.util.Locale.UK) + "): it cannot " + what);
		}
	}

	private static void notBefore(LocalDate day, LocalDate earlier, String what) {
		if (day.isBefore(earlier)) {
			throw new IllegalAllegationMoveException("The day cannot be before " + what + " (" + earlier + ")");
		}
	}

	private Allegation with(@Nullable LocalDate strategy, @Nullable LocalDate evaluation, boolean police,
			@Nullable AllegationOutcome what, @Nullable LocalDate concluded, @Nullable LocalDate dbs,
			@Nullable LocalDate regulatorOn, @Nullable String regulatorName) {
		return new Allegation(this.id, this.receivedOn, this.referrer, this.sector, this.adultRole, this.setting,
				this.adultKey, this.childKeys, this.harm, this.technology, this.lookedAfter, this.summary, strategy,
				evaluation, police, what, concluded, dbs, regulatorOn, regulatorName, this.evaluationPrompt);
	}

}
