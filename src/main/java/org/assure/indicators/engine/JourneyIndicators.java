package org.assure.indicators.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.assure.calendar.ReportingPeriod;
import org.assure.calendar.WorkingDays;
import org.assure.casedata.JourneyFacts;
import org.assure.indicators.Indicator;
import org.assure.indicators.IndicatorValue;
import org.jspecify.annotations.Nullable;

/**
 * Computes the catalogue's journey indicators for one period from a partnership's journey
 * facts. Each definition is written out here as the catalogue states it.
 */
public final class JourneyIndicators {

	/** Assessment timescale: working days from the referral (Working Together 2013). */
	public static final int ASSESSMENT_DAYS = 45;

	/** The day number of an item without the date. */
	static final int NO_DAY = Integer.MIN_VALUE;

	/** The counts of children at a date: each item is a different child. */
	private static final Set<String> CHILD_PER_MEMBER = Set.of("on-plan-at-end", "in-need-at-end",
			"looked-after-at-end");

	/** Conference timescale: working days from the start of the Section 47 enquiry. */
	public static final int CONFERENCE_DAYS = 15;

	private final WorkingDays workingDays;

	private final AssessmentClock assessmentClock;

	/**
	 * An engine whose assessment clock starts at the referral.
	 * @param workingDays the calendar for working-day timescales
	 */
	public JourneyIndicators(WorkingDays workingDays) {
		this(workingDays, AssessmentClock.REFERRAL);
	}

	/**
	 * An engine.
	 * @param workingDays the calendar for working-day timescales
	 * @param assessmentClock where the 45 working days of an assessment start
	 */
	public JourneyIndicators(WorkingDays workingDays, AssessmentClock assessmentClock) {
		this.workingDays = workingDays;
		this.assessmentClock = assessmentClock;
	}

	/**
	 * The facts an engine reads, with the per-child indexes some definitions need, built
	 * once on first use and shared by every indicator and period computed from them.
	 */
	public static final class Facts {

		private final List<JourneyFacts.Contact> contacts;

		private final List<JourneyFacts.Episode> episodes;

		private final List<JourneyFacts.Assessment> assessments;

		private final List<JourneyFacts.Enquiry> enquiries;

		private final List<JourneyFacts.Plan> plans;

		private final List<JourneyFacts.LookedAfter> lookedAfter;

		private final List<JourneyFacts.Missing> missing;

		private final Map<String, JourneyFacts.Child> children;

		private final String batches;

		private final @Nullable LocalDate dataStart;

		private volatile @Nullable Map<String, LocalDate[]> referralDates;

		private volatile @Nullable Map<String, LocalDate> firstPlans;

		/** Day numbers of one date of each item, by column, built once on first use. */
		private final Map<String, int[]> dayColumns = new java.util.concurrent.ConcurrentHashMap<>();

		/**
		 * Facts to compute from.
		 * @param contacts contacts
		 * @param episodes episodes of need
		 * @param assessments assessments
		 * @param enquiries Section 47 enquiries
		 * @param plans child protection plans
		 * @param lookedAfter looked-after episodes
		 * @param missing missing episodes
		 * @param children what is known of each child (for ages)
		 * @param batches the batches they came from
		 */
		public Facts(List<JourneyFacts.Contact> contacts, List<JourneyFacts.Episode> episodes,
				List<JourneyFacts.Assessment> assessments, List<JourneyFacts.Enquiry> enquiries,
				List<JourneyFacts.Plan> plans, List<JourneyFacts.LookedAfter> lookedAfter,
				List<JourneyFacts.Missing> missing, Map<String, JourneyFacts.Child> children, String batches) {
			this(contacts, episodes, assessments, enquiries, plans, lookedAfter, missing, children, batches, null);
		}

		/**
		 * Facts to compute from, with where the case data begins.
		 * @param contacts contacts
		 * @param episodes episodes of need
		 * @param assessments assessments
		 * @param enquiries Section 47 enquiries
		 * @param plans child protection plans
		 * @param lookedAfter looked-after episodes
		 * @param missing missing episodes
		 * @param children what is known of each child (for ages)
		 * @param batches the batches they came from
		 * @param dataStart the first day of the case data, or null when not known (then
		 * no value is withheld for want of history)
		 */
		public Facts(List<JourneyFacts.Contact> contacts, List<JourneyFacts.Episode> episodes,
				List<JourneyFacts.Assessment> assessments, List<JourneyFacts.Enquiry> enquiries,
				List<JourneyFacts.Plan> plans, List<JourneyFacts.LookedAfter> lookedAfter,
				List<JourneyFacts.Missing> missing, Map<String, JourneyFacts.Child> children, String batches,
				@Nullable LocalDate dataStart) {
			this.dataStart = dataStart;
			this.missing = missing;
			this.children = children;
			this.contacts = contacts;
			this.episodes = episodes;
			this.assessments = assessments;
			this.enquiries = enquiries;
			this.plans = plans;
			this.lookedAfter = lookedAfter;
			this.batches = batches;
		}

		public @Nullable LocalDate dataStart() {
			return this.dataStart;
		}

		public List<JourneyFacts.Contact> contacts() {
			return this.contacts;
		}

		public List<JourneyFacts.Episode> episodes() {
			return this.episodes;
		}

		public List<JourneyFacts.Assessment> assessments() {
			return this.assessments;
		}

		public List<JourneyFacts.Enquiry> enquiries() {
			return this.enquiries;
		}

		public List<JourneyFacts.Plan> plans() {
			return this.plans;
		}

		public List<JourneyFacts.LookedAfter> lookedAfter() {
			return this.lookedAfter;
		}

		public String batches() {
			return this.batches;
		}

		public List<JourneyFacts.Missing> missing() {
			return this.missing;
		}

		public Map<String, JourneyFacts.Child> children() {
			return this.children;
		}

		/**
		 * Each child's referral dates, in order.
		 * @return the dates by child
		 */
		Map<String, LocalDate[]> referralDates() {
			Map<String, LocalDate[]> dates = this.referralDates;
			if (dates == null) {
				Map<String, List<LocalDate>> lists = new HashMap<>();
				for (JourneyFacts.Episode episode : this.episodes) {
					lists.computeIfAbsent(episode.childKey(), (key) -> new ArrayList<>(2)).add(episode.referred());
				}
				dates = new HashMap<>(lists.size() * 2);
				for (Map.Entry<String, List<LocalDate>> entry : lists.entrySet()) {
					LocalDate[] sorted = entry.getValue().toArray(new LocalDate[0]);
					java.util.Arrays.sort(sorted);
					dates.put(entry.getKey(), sorted);
				}
				this.referralDates = dates;
			}
			return dates;
		}

		private volatile @Nullable Map<String, List<JourneyFacts.Plan>> plansByChild;

		private volatile @Nullable Map<String, List<JourneyFacts.LookedAfter>> lookedAfterByChild;

		/**
		 * Each child's plans.
		 * @return the plans by child
		 */
		Map<String, List<JourneyFacts.Plan>> plansByChild() {
			Map<String, List<JourneyFacts.Plan>> byChild = this.plansByChild;
			if (byChild == null) {
				byChild = new HashMap<>();
				for (JourneyFacts.Plan plan : this.plans) {
					byChild.computeIfAbsent(plan.childKey(), (key) -> new ArrayList<>(2)).add(plan);
				}
				this.plansByChild = byChild;
			}
			return byChild;
		}

		/**
		 * Each child's looked-after episodes, in order of their start.
		 * @return the episodes by child
		 */
		Map<String, List<JourneyFacts.LookedAfter>> lookedAfterByChild() {
			Map<String, List<JourneyFacts.LookedAfter>> byChild = this.lookedAfterByChild;
			if (byChild == null) {
				byChild = new HashMap<>();
				for (JourneyFacts.LookedAfter episode : this.lookedAfter) {
					byChild.computeIfAbsent(episode.childKey(), (key) -> new ArrayList<>(2)).add(episode);
				}
				byChild.values()
					.forEach((episodes) -> episodes.sort(Comparator.comparing(JourneyFacts.LookedAfter::started)));
				this.lookedAfterByChild = byChild;
			}
			return byChild;
		}

		/**
		 * One date of each item as a day number ({@link LocalDate#toEpochDay()};
		 * {@link #NO_DAY} where the item has none), in the items' order, built once:
		 * testing day numbers in one array reads a fraction of the memory that following
		 * each item to its dates does.
		 * @param <T> the kind of item
		 * @param column the column's name, unique among the facts' columns
		 * @param items the items
		 * @param date the date of an item
		 * @return the day numbers
		 */
		<T> int[] days(String column, List<T> items, java.util.function.Function<T, @Nullable LocalDate> date) {
			return this.dayColumns.computeIfAbsent(column, (unused) -> {
				int[] days = new int[items.size()];
				int at = 0;
				for (T item : items) {
					LocalDate day = date.apply(item);
					days[at++] = (day != null) ? (int) day.toEpochDay() : NO_DAY;
				}
				return days;
			});
		}

		/**
		 * Each child's first plan's start.
		 * @return the dates by child
		 */
		Map<String, LocalDate> firstPlans() {
			Map<String, LocalDate> first = this.firstPlans;
			if (first == null) {
				first = new HashMap<>();
				for (JourneyFacts.Plan plan : this.plans) {
					first.merge(plan.childKey(), plan.started(), (a, b) -> a.isBefore(b) ? a : b);
				}
				this.firstPlans = first;
			}
			return first;
		}

	}

	/**
	 * Computes every indicator of a catalogue for a period.
	 * @param catalogue the indicators
	 * @param period the period
	 * @param facts the facts
	 * @return one value per indicator the engine knows
	 */
	public List<IndicatorValue> compute(List<Indicator> catalogue, ReportingPeriod period, Facts facts) {
		// Indicators are independent of each other: computed side by side on every core,
		// returned in catalogue order.
		return catalogue.parallelStream()
			.map((indicator) -> tally(indicator, period, facts))
			.filter(java.util.Objects::nonNull)
			.map((tally) -> tally.value(facts.batches()))
			.toList();
	}

	/**
	 * One item behind a value: a child's referral, assessment, plan and so on (or the
	 * child, for a count at a date), and whether it is counted in the part of a
	 * percentage.
	 *
	 * @param childKey the child's pseudonymous key
	 * @param counted whether the item is in the numerator (always, for a count)
	 * @param referralSource the referral source of the item's episode, if it has one
	 * @param band the item's duration band, for timeliness and duration indicators
	 */
	public record Member(String childKey, boolean counted, @Nullable String referralSource, @Nullable String band) {

		/**
		 * An item without a duration band.
		 * @param childKey the child's pseudonymous key
		 * @param counted whether the item is in the numerator
		 * @param referralSource the referral source, if any
		 */
		public Member(String childKey, boolean counted, @Nullable String referralSource) {
			this(childKey, counted, referralSource, null);
		}

	}

	/**
	 * Everything behind one value: the items of the whole, each marked counted or not.
	 *
	 * @param indicator the indicator
	 * @param period the period
	 * @param percent whether the value is a percentage of the whole
	 * @param members the items
	 * @param childPerMember whether each item is a different child (a count of children
	 * at a date), so that the children need not be counted again
	 */
	public record Tally(Indicator indicator, ReportingPeriod period, boolean percent, List<Member> members,
			boolean childPerMember, @Nullable String withheld) {

		/**
		 * A tally with nothing withheld.
		 * @param indicator the indicator
		 * @param period the period
		 * @param percent whether the value is a percentage of the whole
		 * @param members the items
		 * @param childPerMember whether each item is a different child
		 */
		public Tally(Indicator indicator, ReportingPeriod period, boolean percent, List<Member> members,
				boolean childPerMember) {
			this(indicator, period, percent, members, childPerMember, null);
		}

		/**
		 * A tally whose items may share a child.
		 * @param indicator the indicator
		 * @param period the period
		 * @param percent whether the value is a percentage of the whole
		 * @param members the items
		 */
		public Tally(Indicator indicator, ReportingPeriod period, boolean percent, List<Member> members) {
			this(indicator, period, percent, members, false);
		}

		/**
		 * The value of this tally, or of a part of it.
		 * @param batches the batches the facts came from
		 * @return the value
		 */
		public IndicatorValue value(String batches) {
			long part = 0;
			long children;
			if (this.childPerMember) {
				for (Member member : this.members) {
					part += member.counted() ? 1 : 0;
				}
				children = this.members.size();
			}
			else {
				Set<String> distinct = new HashSet<>(Math.max(16, this.members.size() * 2));
				for (Member member : this.members) {
					if (member.counted()) {
						part++;
					}
					distinct.add(member.childKey());
				}
				children = distinct.size();
			}
			if (!this.percent) {
				return new IndicatorValue(this.indicator.code(), this.indicator.version(), this.period.code(), part,
						null, (this.withheld != null) ? null : (double) part, children, batches, this.withheld);
			}
			long whole = this.members.size();
			return new IndicatorValue(this.indicator.code(), this.indicator.version(), this.period.code(), part, whole,
					(whole == 0 || this.withheld != null) ? null : 100.0 * part / whole, children, batches,
					this.withheld);
		}

		/**
		 * The tally split into groups, such as age bands.
		 * @param group the group of a member, or null to leave the member out
		 * @return the tallies by group, in the groups' order
		 */
		public Map<String, Tally> by(java.util.function.Function<Member, @Nullable String> group) {
			Map<String, List<Member>> groups = new java.util.TreeMap<>();
			for (Member member : this.members) {
				String key = group.apply(member);
				if (key != null) {
					groups.computeIfAbsent(key, (unused) -> new ArrayList<>()).add(member);
				}
			}
			Map<String, Tally> tallies = new java.util.LinkedHashMap<>();
			groups.forEach((key, members) -> tallies.put(key, new Tally(this.indicator, this.period, this.percent,
					List.copyOf(members), this.childPerMember, this.withheld)));
			return tallies;
		}

	}

	/**
	 * Everything behind one indicator's value for a period.
	 * @param indicator the indicator
	 * @param period the period
	 * @param facts the facts
	 * @return the tally, or null for an indicator the engine does not compute
	 */
	public @Nullable Tally tally(Indicator indicator, ReportingPeriod period, Facts facts) {
		LocalDate end = period.end();
		Window window = new Window(period.start(), end);
		List<Member> members = switch (indicator.code()) {
			case "contacts" ->
				counted(filter(facts.contacts(), (c) -> window.contains(c.date())), JourneyFacts.Contact::childKey);
			case "referrals" ->
				referralsIn(window, facts).stream().map((e) -> new Member(e.childKey(), true, e.source())).toList();
			case "re-referrals-12m" -> {
				Map<String, LocalDate[]> byChild = facts.referralDates();
				yield referralsIn(window, facts).stream()
					.map((referral) -> new Member(referral.childKey(),
							referredBetween(byChild.get(referral.childKey()), referral.referred().minusMonths(12),
									referral.referred()),
							referral.source()))
					.toList();
			}
			case "assessments-completed" -> completedIn(window, facts).stream().map((a) -> {
				long days = assessmentDays(a);
				return new Member(a.childKey(), true, null, assessmentBand(days));
			}).toList();
			case "assessments-within-45-wd" -> completedIn(window, facts).stream().map((a) -> {
				long days = assessmentDays(a);
				return new Member(a.childKey(), days <= ASSESSMENT_DAYS, null, assessmentBand(days));
			}).toList();
			case "section47-started" ->
				counted(filter(facts.enquiries(), (e) -> window.contains(e.started())), JourneyFacts.Enquiry::childKey);
			case "icpcs" -> conferencesIn(window, facts).stream().map((e) -> {
				long days = this.workingDays.between(e.started(), e.conference());
				return new Member(e.childKey(), true, null, conferenceBand(days));
			}).toList();
			case "icpc-within-15-wd" -> conferencesIn(window, facts).stream().map((e) -> {
				long days = this.workingDays.between(e.started(), e.conference());
				return new Member(e.childKey(), days <= CONFERENCE_DAYS, null, conferenceBand(days));
			}).toList();
			case "plans-started" -> counted(plansStartedIn(window, facts), JourneyFacts.Plan::childKey);
			case "second-subsequent-plans" -> {
				Map<String, LocalDate> firstPlan = facts.firstPlans();
				yield plansStartedIn(window, facts).stream()
					.map((plan) -> new Member(plan.childKey(),
							(plan.previousPlans() != null && plan.previousPlans() > 0)
									|| firstPlan.get(plan.childKey()).isBefore(plan.started()),
							null))
					.toList();
			}
			case "plans-ended-2-years" -> within(facts.plans(), planEnds(facts), window).stream()
				.map((p) -> new Member(p.childKey(), !p.started().plusYears(2).isAfter(p.ended()), null,
						planBand(p.started(), p.ended())))
				.toList();
			case "second-subsequent-plans-2y" -> {
				Map<String, List<JourneyFacts.Plan>> byChild = facts.plansByChild();
				yield plansStartedIn(window, facts).stream()
					.map((plan) -> new Member(plan.childKey(),
							byChild.get(plan.childKey())
								.stream()
								.anyMatch((other) -> other != plan && other.ended() != null
										&& !other.ended().isAfter(plan.started())
										&& !other.ended().isBefore(plan.started().minusYears(2))),
							null))
					.toList();
			}
			case "plan-reviews-on-time" -> filter(facts.plans(),
					(p) -> openOn(p.started(), p.ended(), end) && !p.started().plusMonths(3).isAfter(end))
				.stream()
				.map((p) -> new Member(p.childKey(), reviewsOnTime(p, end), null))
				.toList();
			case "looked-after-3-placements" -> {
				Map<String, List<JourneyFacts.LookedAfter>> byChild = facts.lookedAfterByChild();
				yield lookedAfterOn(end, facts).stream()
					.map((child) -> new Member(child, placements(byChild.get(child), window) >= 3, null))
					.toList();
			}
			case "long-term-placement-stability" -> {
				Map<String, List<JourneyFacts.LookedAfter>> byChild = facts.lookedAfterByChild();
				List<Member> stable = new ArrayList<>();
				for (String child : lookedAfterOn(end, facts)) {
					JourneyFacts.Child known = facts.children().get(child);
					LocalDate born = (known != null) ? known.birthMonth() : null;
					LocalDate[] care = currentCare(byChild.get(child), end);
					if (born == null || !born.plusYears(16).isAfter(end) || care == null
							|| care[0].isAfter(end.minusMonths(30))) {
						continue;
					}
					stable.add(new Member(child, !care[1].isAfter(end.minusYears(2)), null));
				}
				yield stable;
			}
			case "missing-return-interviews-offered" -> filter(facts.missing(),
					(m) -> !Boolean.TRUE.equals(m.absence()) && m.ended() != null && window.contains(m.ended()))
				.stream()
				.map((m) -> new Member(m.childKey(), Boolean.TRUE.equals(m.interviewOffered()), null))
				.toList();
			case "missing-return-interviews-accepted" -> filter(facts.missing(),
					(m) -> !Boolean.TRUE.equals(m.absence()) && m.ended() != null && window.contains(m.ended())
							&& Boolean.TRUE.equals(m.interviewOffered()))
				.stream()
				.map((m) -> new Member(m.childKey(), Boolean.TRUE.equals(m.interviewAccepted()), null))
				.toList();
			case "on-plan-at-end" ->
				distinct(openKeys(facts.plans(), planStarts(facts), planEnds(facts), end, JourneyFacts.Plan::childKey));
			case "in-need-at-end" -> distinct(openKeys(facts.episodes(), referralDays(facts),
					facts.days("episode.closed", facts.episodes(), JourneyFacts.Episode::closed), end,
					JourneyFacts.Episode::childKey));
			case "looked-after-at-end" -> distinct(lookedAfterOn(end, facts));
			default -> null;
		};
		if (members == null) {
			return null;
		}
		String withheld = withheld(indicator.code(), period, facts.dataStart());
		if (withheld != null && indicator.code().equals("second-subsequent-plans")
				&& plansStartedIn(window, facts).stream().allMatch((plan) -> plan.previousPlans() != null)) {
			// Each plan says how many came before it (the census's NumberOfPreviousCPP),
			// so the count does not depend on the plans the data holds.
			withheld = null;
		}
		return new Tally(indicator, period, indicator.percent(), members, CHILD_PER_MEMBER.contains(indicator.code()),
				withheld);
	}

	/**
	 * How far back before its period each definition that looks back reads the journeys:
	 * twelve months of earlier referrals, two years of a plan or of the plans before it,
	 * two and a half years of care. "Earlier plans however long ago" is read back five
	 * years, Assure's convention for a look-back without end.
	 */
	public static final Map<String, java.time.Period> LOOK_BACK = Map.of("re-referrals-12m",
			java.time.Period.ofMonths(12), "second-subsequent-plans", java.time.Period.ofYears(5),
			"plans-ended-2-years", java.time.Period.ofYears(2), "second-subsequent-plans-2y",
			java.time.Period.ofYears(2), "plan-reviews-on-time", java.time.Period.ofYears(2),
			"long-term-placement-stability", java.time.Period.ofMonths(30));

	/**
	 * Why an indicator's value for a period cannot be given: its definition looks back
	 * further than the case data goes.
	 * @param code the indicator
	 * @param period the period
	 * @param dataStart where the case data begins, or null when not known
	 * @return the reason in words, or null when the value can be given
	 */
	public static @Nullable String withheld(String code, ReportingPeriod period, @Nullable LocalDate dataStart) {
		java.time.Period back = LOOK_BACK.get(code);
		if (back == null || dataStart == null) {
			return null;
		}
		LocalDate needed = period.start().minus(back);
		if (!dataStart.isAfter(needed)) {
			return null;
		}
		java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
				java.util.Locale.UK);
		return "Not enough history: the case data starts " + dataStart.format(day) + "; this measure needs it from "
				+ needed.format(day);
	}

	private long assessmentDays(JourneyFacts.Assessment assessment) {
		LocalDate from = (this.assessmentClock == AssessmentClock.ASSESSMENT_START) ? assessment.started()
				: assessment.referred();
		return this.workingDays.between(from, assessment.authorised());
	}

	/** Working-day bands of an assessment's duration. */
	static String assessmentBand(long days) {
		if (days <= 10) {
			return "0 to 10 working days";
		}
		if (days <= 20) {
			return "11 to 20 working days";
		}
		if (days <= 30) {
			return "21 to 30 working days";
		}
		return (days <= ASSESSMENT_DAYS) ? "31 to 45 working days" : "46 working days or more";
	}

	/** Working-day bands from a Section 47 enquiry's start to the conference. */
	static String conferenceBand(long days) {
		if (days <= 10) {
			return "0 to 10 working days";
		}
		return (days <= CONFERENCE_DAYS) ? "11 to 15 working days" : "16 working days or more";
	}

	/** The DfE's bands of a plan's duration (table D7). */
	static String planBand(LocalDate started, LocalDate ended) {
		if (!ended.isAfter(started.plusMonths(3))) {
			return "3 months or less";
		}
		if (!ended.isAfter(started.plusMonths(6))) {
			return "more than 3 months to 6 months";
		}
		if (ended.isBefore(started.plusYears(1))) {
			return "more than 6 months to under 1 year";
		}
		return ended.isBefore(started.plusYears(2)) ? "1 year to under 2 years" : "2 years or more";
	}

	/**
	 * Whether a plan's reviews kept time up to a day: the first within 3 months of the
	 * initial conference, each later one within 6 months of the one before, and none
	 * overdue on the day.
	 */
	static boolean reviewsOnTime(JourneyFacts.Plan plan, LocalDate day) {
		LocalDate due = plan.started().plusMonths(3);
		for (LocalDate review : plan.reviews()) {
			if (review.isBefore(plan.started()) || review.isAfter(day)) {
				continue;
			}
			if (review.isAfter(due)) {
				return false;
			}
			due = review.plusMonths(6);
		}
		return !day.isAfter(due);
	}

	/**
	 * The placements a child had in a period: the one the child was in when the period
	 * began (or the first in it), and every later episode except a change of legal status
	 * alone (SSDA903 reason L), which continues the same placement.
	 */
	static int placements(@Nullable List<JourneyFacts.LookedAfter> episodes, Window window) {
		int placements = 0;
		for (JourneyFacts.LookedAfter episode : (episodes != null) ? episodes : List.<JourneyFacts.LookedAfter>of()) {
			boolean overlaps = !episode.started().isAfter(window.end())
					&& (episode.ended() == null || !episode.ended().isBefore(window.start()));
			if (!overlaps) {
				continue;
			}
			if (placements == 0 || !"L".equalsIgnoreCase(String.valueOf(episode.reasonNew()).strip())) {
				placements++;
			}
		}
		return placements;
	}

	/**
	 * The current period of care on a day, followed back through episodes that join
	 * without a gap: its start, and the start of the current placement (the latest
	 * episode that is not a change of legal status alone).
	 * @return the two dates, or null when the child is not looked after on the day
	 */
	static LocalDate @Nullable [] currentCare(@Nullable List<JourneyFacts.LookedAfter> episodes, LocalDate day) {
		if (episodes == null) {
			return null;
		}
		int current = -1;
		for (int i = 0; i < episodes.size(); i++) {
			if (openOn(episodes.get(i).started(), episodes.get(i).ended(), day)) {
				current = i;
			}
		}
		if (current < 0) {
			return null;
		}
		LocalDate placement = null;
		int first = current;
		while (true) {
			JourneyFacts.LookedAfter episode = episodes.get(first);
			if (placement == null && !"L".equalsIgnoreCase(String.valueOf(episode.reasonNew()).strip())) {
				placement = episode.started();
			}
			if (first == 0 || episodes.get(first - 1).ended() == null
					|| episodes.get(first - 1).ended().isBefore(episode.started())) {
				break;
			}
			first--;
		}
		LocalDate start = episodes.get(first).started();
		return new LocalDate[] { start, (placement != null) ? placement : start };
	}

	/**
	 * Whether a child has a referral on or after a day and strictly before another.
	 */
	static boolean referredBetween(LocalDate @Nullable [] dates, LocalDate from, LocalDate before) {
		if (dates == null) {
			return false;
		}
		int at = java.util.Arrays.binarySearch(dates, from);
		int first = (at >= 0) ? at : -at - 1;
		while (first > 0 && dates[first - 1].equals(from)) {
			first--;
		}
		return first < dates.length && dates[first].isBefore(before);
	}

	private static <T> List<Member> counted(List<T> items, java.util.function.Function<T, String> key) {
		return items.stream().map((item) -> new Member(key.apply(item), true, null)).toList();
	}

	private static List<Member> distinct(Set<String> children) {
		List<Member> members = new ArrayList<>(children.size());
		for (String child : children) {
			members.add(new Member(child, true, null));
		}
		return members;
	}

	/**
	 * A period's first and last days, computed once rather than on every test.
	 */
	private record Window(LocalDate start, LocalDate end, int firstDay, int lastDay) {

		Window(LocalDate start, LocalDate end) {
			this(start, end, (int) start.toEpochDay(), (int) end.toEpochDay());
		}

		boolean contains(LocalDate date) {
			return !date.isBefore(this.start) && !date.isAfter(this.end);
		}

		boolean contains(int day) {
			return day >= this.firstDay && day <= this.lastDay;
		}

	}

	/**
	 * Open on a day: started on or before it, and not ended by it (an end on the day
	 * itself closes it).
	 */
	static boolean openOn(LocalDate start, @Nullable LocalDate end, LocalDate day) {
		return !start.isAfter(day) && (end == null || end.isAfter(day));
	}

	private static List<JourneyFacts.Episode> referralsIn(Window window, Facts facts) {
		return within(facts.episodes(), referralDays(facts), window);
	}

	private static List<JourneyFacts.Assessment> completedIn(Window window, Facts facts) {
		return within(facts.assessments(),
				facts.days("assessment.authorised", facts.assessments(), JourneyFacts.Assessment::authorised), window);
	}

	private static List<JourneyFacts.Enquiry> conferencesIn(Window window, Facts facts) {
		return within(facts.enquiries(),
				facts.days("enquiry.conference", facts.enquiries(), JourneyFacts.Enquiry::conference), window);
	}

	private static int[] referralDays(Facts facts) {
		return facts.days("episode.referred", facts.episodes(), JourneyFacts.Episode::referred);
	}

	private static int[] planStarts(Facts facts) {
		return facts.days("plan.started", facts.plans(), JourneyFacts.Plan::started);
	}

	private static int[] planEnds(Facts facts) {
		return facts.days("plan.ended", facts.plans(), JourneyFacts.Plan::ended);
	}

	private static Set<String> lookedAfterOn(LocalDate day, Facts facts) {
		return openKeys(facts.lookedAfter(),
				facts.days("looked-after.started", facts.lookedAfter(), JourneyFacts.LookedAfter::started),
				facts.days("looked-after.ended", facts.lookedAfter(), JourneyFacts.LookedAfter::ended), day,
				JourneyFacts.LookedAfter::childKey);
	}

	private static List<JourneyFacts.Plan> plansStartedIn(Window window, Facts facts) {
		List<JourneyFacts.Plan> plans = within(facts.plans(), planStarts(facts), window);
		plans.sort(Comparator.comparing(JourneyFacts.Plan::started));
		return plans;
	}

	/** The items whose day (in a column of the facts) falls in a window. */
	private static <T> List<T> within(List<T> items, int[] days, Window window) {
		List<T> kept = new ArrayList<>();
		int at = 0;
		for (T item : items) {
			if (window.contains(days[at++])) {
				kept.add(item);
			}
		}
		return kept;
	}

	/**
	 * The children with an item open on a day: started on or before it and not ended by
	 * it, as {@link #openOn} says, tested on the facts' day columns.
	 */
	private static <T> Set<String> openKeys(List<T> items, int[] starts, int[] ends, LocalDate on,
			java.util.function.Function<T, String> key) {
		int day = (int) on.toEpochDay();
		Set<String> keys = new HashSet<>();
		int at = 0;
		for (T item : items) {
			int start = starts[at];
			int end = ends[at++];
			if (start != NO_DAY && start <= day && (end == NO_DAY || end > day)) {
				keys.add(key.apply(item));
			}
		}
		return keys;
	}

	private static <T> List<T> filter(Collection<T> items, Predicate<T> keep) {
		List<T> kept = new ArrayList<>();
		for (T item : items) {
			if (keep.test(item)) {
				kept.add(item);
			}
		}
		return kept;
	}

}
