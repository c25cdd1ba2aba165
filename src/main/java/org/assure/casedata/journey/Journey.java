package org.assure.casedata.journey;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The parts of a child's journey, as read from a file. Each part knows where it was read
 * and whether a data-quality error has rejected it; a rejected part is not stored, and
 * neither is anything inside it.
 */
public final class Journey {

	private Journey() {
	}

	/**
	 * A value that could not be read (not a date, not a number).
	 *
	 * @param location where
	 * @param field the field
	 * @param value what was there, shortened
	 * @param expected what was expected, such as "a date (yyyy-mm-dd)"
	 */
	public record Unreadable(Location location, String field, String value, String expected) {
	}

	/** A part of a journey that can be rejected by an error. */
	public abstract static class Part {

		private final Location location;

		private boolean rejected;

		Part(Location location) {
			this.location = location;
		}

		public Location location() {
			return this.location;
		}

		public boolean rejected() {
			return this.rejected;
		}

		/** Marks the part as rejected by an error: it will not be stored. */
		public void reject() {
			this.rejected = true;
		}

	}

	/** A child and everything known about them. */
	public static final class Child extends Part {

		/** The authority's own id: read to pseudonymise, never stored. */
		public @Nullable String localId;

		public @Nullable YearMonth birthMonth;

		public @Nullable LocalDate birthDate;

		public @Nullable String sex;

		public @Nullable String ethnicity;

		public final List<String> disabilities = new ArrayList<>();

		public @Nullable String postcodeDistrict;

		public final List<Contact> contacts = new ArrayList<>();

		public final List<EarlyHelp> earlyHelp = new ArrayList<>();

		public final List<Episode> episodes = new ArrayList<>();

		public final List<LookedAfter> lookedAfter = new ArrayList<>();

		public final List<Missing> missing = new ArrayList<>();

		public final List<CareLeaver> careLeaver = new ArrayList<>();

		/**
		 * Values the reader could not read, anywhere in the journey, with the part they
		 * were in.
		 */
		public final List<Unreadable> unreadable = new ArrayList<>();

		public final List<Part> unreadableParts = new ArrayList<>();

		public Child(Location location) {
			super(location);
		}

	}

	/** A contact with children's social care. */
	public static final class Contact extends Part {

		public @Nullable LocalDate date;

		public @Nullable String source;

		public @Nullable String outcome;

		public Contact(Location location) {
			super(location);
		}

	}

	/** An early-help assessment. */
	public static final class EarlyHelp extends Part {

		public @Nullable LocalDate start;

		public @Nullable LocalDate end;

		public EarlyHelp(Location location) {
			super(location);
		}

	}

	/** An episode of need: from referral to closure. */
	public static final class Episode extends Part {

		public @Nullable LocalDate referralDate;

		public @Nullable String referralSource;

		public @Nullable String primaryNeed;

		public @Nullable LocalDate closureDate;

		public @Nullable String closureReason;

		public @Nullable Boolean referralNfa;

		/**
		 * The kind of record this episode was inferred from, when the file had no
		 * referral for it.
		 */
		public @Nullable String inferredFrom;

		public final List<Assessment> assessments = new ArrayList<>();

		public final List<CinPlan> cinPlans = new ArrayList<>();

		public final List<Section47> section47s = new ArrayList<>();

		public final List<ProtectionPlan> protectionPlans = new ArrayList<>();

		public Episode(Location location) {
			super(location);
		}

	}

	/** A social work (single) assessment. */
	public static final class Assessment extends Part {

		public @Nullable LocalDate start;

		public @Nullable LocalDate authorised;

		public final List<String> factors = new ArrayList<>();

		public Assessment(Location location) {
			super(location);
		}

	}

	/** A child in need plan. */
	public static final class CinPlan extends Part {

		public @Nullable LocalDate start;

		public @Nullable LocalDate end;

		public CinPlan(Location location) {
			super(location);
		}

	}

	/** A Section 47 enquiry and its initial child protection conference. */
	public static final class Section47 extends Part {

		public @Nullable LocalDate start;

		public @Nullable LocalDate icpcTarget;

		public @Nullable LocalDate icpcDate;

		public @Nullable Boolean icpcNotRequired;

		public Section47(Location location) {
			super(location);
		}

	}

	/** A child protection plan, with its review conferences. */
	public static final class ProtectionPlan extends Part {

		public @Nullable LocalDate start;

		public @Nullable LocalDate end;

		public @Nullable String initialCategory;

		public @Nullable String latestCategory;

		public @Nullable Integer previousPlans;

		public final List<LocalDate> reviews = new ArrayList<>();

		public ProtectionPlan(Location location) {
			super(location);
		}

	}

	/** A period of being looked after. */
	public static final class LookedAfter extends Part {

		public @Nullable LocalDate start;

		public @Nullable LocalDate end;

		public @Nullable String reasonForNewEpisode;

		public @Nullable String legalStatus;

		public @Nullable String placementType;

		public @Nullable String reasonCeased;

		public LookedAfter(Location location) {
			super(location);
		}

	}

	/** A missing or absent episode, with its return interview. */
	public static final class Missing extends Part {

		public @Nullable LocalDate start;

		public @Nullable LocalDate end;

		public @Nullable Boolean absence;

		public @Nullable Boolean returnInterviewOffered;

		public @Nullable Boolean returnInterviewAccepted;

		public Missing(Location location) {
			super(location);
		}

	}

	/** A care leaver's status at a date. */
	public static final class CareLeaver extends Part {

		public @Nullable LocalDate asAt;

		public @Nullable String inTouch;

		public @Nullable String activity;

		public @Nullable String accommodation;

		public CareLeaver(Location location) {
			super(location);
		}

	}

}
