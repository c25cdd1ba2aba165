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

	/** Conference timescale: working days from the start of the Section 47 enquiry. */
	public static final int CONFERENCE_DAYS = 15;

	private final WorkingDays workingDays;

	/**
	 * An engine.
	 * @param workingDays the calendar for working-day timescales
	 */
	public JourneyIndicators(WorkingDays workingDays) {
		this.workingDays = workingDays;
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

		private final String batches;

		private volatile @Nullable Map<String, LocalDate[]> referralDates;

		private volatile @Nullable Map<String, LocalDate> firstPlans;

		/**
		 * Facts to compute from.
		 * @param contacts contacts
		 * @param episodes episodes of need
		 * @param assessments assessments
		 * @param enquiries Section 47 enquiries
		 * @param plans child protection plans
		 * @param lookedAfter looked-after episodes
		 * @param batches the batches they came from
		 */
		public Facts(List<JourneyFacts.Contact> contacts, List<JourneyFacts.Episode> episodes,
				List<JourneyFacts.Assessment> assessments, List<JourneyFacts.Enquiry> enquiries,
				List<JourneyFacts.Plan> plans, List<JourneyFacts.LookedAfter> lookedAfter, String batches) {
			this.contacts = contacts;
			this.episodes = episodes;
			this.assessments = assessments;
			this.enquiries = enquiries;
			this.plans = plans;
			this.lookedAfter = lookedAfter;
			this.batches = batches;
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
	 */
	public record Member(String childKey, boolean counted, @Nullable String referralSource) {
	}

	/**
	 * Everything behind one value: the items of the whole, each marked counted or not.
	 *
	 * @param indicator the indicator
	 * @param period the period
	 * @param percent whether the value is a percentage of the whole
	 * @param members the items
	 */
	public record Tally(Indicator indicator, ReportingPeriod period, boolean percent, List<Member> members) {

		/**
		 * The value of this tally, or of a part of it.
		 * @param batches the batches the facts came from
		 * @return the value
		 */
		public IndicatorValue value(String batches) {
			long part = this.members.stream().filter(Member::counted).count();
			long children = this.members.stream().map(Member::childKey).distinct().count();
			if (!this.percent) {
				return new IndicatorValue(this.indicator.code(), this.indicator.version(), this.period.code(), part,
						null, (double) part, children, batches);
			}
			long whole = this.members.size();
			return new IndicatorValue(this.indicator.code(), this.indicator.version(), this.period.code(), part, whole,
					(whole == 0) ? null : 100.0 * part / whole, children, batches);
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
			groups.forEach((key, members) -> tallies.put(key,
					new Tally(this.indicator, this.period, this.percent, List.copyOf(members))));
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
			case "assessments-completed" -> counted(completedIn(window, facts), JourneyFacts.Assessment::childKey);
			case "assessments-within-45-wd" -> completedIn(window, facts).stream()
				.map((a) -> new Member(a.childKey(),
						this.workingDays.between(a.referred(), a.authorised()) <= ASSESSMENT_DAYS, null))
				.toList();
			case "section47-started" ->
				counted(filter(facts.enquiries(), (e) -> window.contains(e.started())), JourneyFacts.Enquiry::childKey);
			case "icpcs" -> counted(conferencesIn(window, facts), JourneyFacts.Enquiry::childKey);
			case "icpc-within-15-wd" -> conferencesIn(window, facts).stream()
				.map((e) -> new Member(e.childKey(),
						this.workingDays.between(e.started(), e.conference()) <= CONFERENCE_DAYS, null))
				.toList();
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
			case "plans-ended-2-years" ->
				filter(facts.plans(), (p) -> p.ended() != null && window.contains(p.ended())).stream()
					.map((p) -> new Member(p.childKey(), !p.started().plusYears(2).isAfter(p.ended()), null))
					.toList();
			case "on-plan-at-end" -> distinct(keys(filter(facts.plans(), (p) -> openOn(p.started(), p.ended(), end)),
					JourneyFacts.Plan::childKey));
			case "in-need-at-end" ->
				distinct(keys(filter(facts.episodes(), (e) -> openOn(e.referred(), e.closed(), end)),
						JourneyFacts.Episode::childKey));
			case "looked-after-at-end" ->
				distinct(keys(filter(facts.lookedAfter(), (l) -> openOn(l.started(), l.ended(), end)),
						JourneyFacts.LookedAfter::childKey));
			default -> null;
		};
		return (members != null) ? new Tally(indicator, period, indicator.percent(), members) : null;
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
	private record Window(LocalDate start, LocalDate end) {

		boolean contains(LocalDate date) {
			return !date.isBefore(this.start) && !date.isAfter(this.end);
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
		return filter(facts.episodes(), (e) -> window.contains(e.referred()));
	}

	private static List<JourneyFacts.Assessment> completedIn(Window window, Facts facts) {
		return filter(facts.assessments(), (a) -> a.authorised() != null && window.contains(a.authorised()));
	}

	private static List<JourneyFacts.Enquiry> conferencesIn(Window window, Facts facts) {
		return filter(facts.enquiries(), (e) -> e.conference() != null && window.contains(e.conference()));
	}

	private static List<JourneyFacts.Plan> plansStartedIn(Window window, Facts facts) {
		List<JourneyFacts.Plan> plans = filter(facts.plans(), (p) -> window.contains(p.started()));
		plans.sort(Comparator.comparing(JourneyFacts.Plan::started));
		return plans;
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

	private static <T> Set<String> keys(Collection<T> items, java.util.function.Function<T, String> key) {
		Set<String> keys = new HashSet<>();
		items.forEach((item) -> keys.add(key.apply(item)));
		return keys;
	}

}
