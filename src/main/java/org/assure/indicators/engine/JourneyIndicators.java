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
	 * The facts an engine reads.
	 *
	 * @param contacts contacts
	 * @param episodes episodes of need
	 * @param assessments assessments
	 * @param enquiries Section 47 enquiries
	 * @param plans child protection plans
	 * @param lookedAfter looked-after episodes
	 * @param batches the batches they came from
	 */
	public record Facts(List<JourneyFacts.Contact> contacts, List<JourneyFacts.Episode> episodes,
			List<JourneyFacts.Assessment> assessments, List<JourneyFacts.Enquiry> enquiries,
			List<JourneyFacts.Plan> plans, List<JourneyFacts.LookedAfter> lookedAfter, String batches) {
	}

	/**
	 * Computes every indicator of a catalogue for a period.
	 * @param catalogue the indicators
	 * @param period the period
	 * @param facts the facts
	 * @return one value per indicator the engine knows
	 */
	public List<IndicatorValue> compute(List<Indicator> catalogue, ReportingPeriod period, Facts facts) {
		List<IndicatorValue> values = new ArrayList<>();
		for (Indicator indicator : catalogue) {
			IndicatorValue value = compute(indicator, period, facts);
			if (value != null) {
				values.add(value);
			}
		}
		return values;
	}

	private @Nullable IndicatorValue compute(Indicator indicator, ReportingPeriod period, Facts facts) {
		LocalDate end = period.end();
		return switch (indicator.code()) {
			case "contacts" -> count(indicator, period, facts,
					filter(facts.contacts(), (c) -> period.contains(c.date())), JourneyFacts.Contact::childKey);
			case "referrals" ->
				count(indicator, period, facts, referralsIn(period, facts), JourneyFacts.Episode::childKey);
			case "re-referrals-12m" -> {
				List<JourneyFacts.Episode> referrals = referralsIn(period, facts);
				Map<String, List<LocalDate>> byChild = new HashMap<>();
				for (JourneyFacts.Episode episode : facts.episodes()) {
					byChild.computeIfAbsent(episode.childKey(), (key) -> new ArrayList<>()).add(episode.referred());
				}
				List<JourneyFacts.Episode> again = filter(referrals,
						(referral) -> byChild.get(referral.childKey())
							.stream()
							.anyMatch((earlier) -> earlier.isBefore(referral.referred())
									&& !earlier.isBefore(referral.referred().minusMonths(12))));
				yield percent(indicator, period, facts, again.size(), referrals.size(),
						keys(referrals, JourneyFacts.Episode::childKey));
			}
			case "assessments-completed" ->
				count(indicator, period, facts, completedIn(period, facts), JourneyFacts.Assessment::childKey);
			case "assessments-within-45-wd" -> {
				List<JourneyFacts.Assessment> completed = completedIn(period, facts);
				long within = completed.stream()
					.filter((a) -> this.workingDays.between(a.referred(), a.authorised()) <= ASSESSMENT_DAYS)
					.count();
				yield percent(indicator, period, facts, within, completed.size(),
						keys(completed, JourneyFacts.Assessment::childKey));
			}
			case "section47-started" -> count(indicator, period, facts,
					filter(facts.enquiries(), (e) -> period.contains(e.started())), JourneyFacts.Enquiry::childKey);
			case "icpcs" ->
				count(indicator, period, facts, conferencesIn(period, facts), JourneyFacts.Enquiry::childKey);
			case "icpc-within-15-wd" -> {
				List<JourneyFacts.Enquiry> conferences = conferencesIn(period, facts);
				long within = conferences.stream()
					.filter((e) -> this.workingDays.between(e.started(), e.conference()) <= CONFERENCE_DAYS)
					.count();
				yield percent(indicator, period, facts, within, conferences.size(),
						keys(conferences, JourneyFacts.Enquiry::childKey));
			}
			case "plans-started" ->
				count(indicator, period, facts, plansStartedIn(period, facts), JourneyFacts.Plan::childKey);
			case "second-subsequent-plans" -> {
				List<JourneyFacts.Plan> started = plansStartedIn(period, facts);
				Map<String, LocalDate> firstPlan = new HashMap<>();
				for (JourneyFacts.Plan plan : facts.plans()) {
					firstPlan.merge(plan.childKey(), plan.started(), (a, b) -> a.isBefore(b) ? a : b);
				}
				long repeat = started.stream()
					.filter((plan) -> (plan.previousPlans() != null && plan.previousPlans() > 0)
							|| firstPlan.get(plan.childKey()).isBefore(plan.started()))
					.count();
				yield percent(indicator, period, facts, repeat, started.size(),
						keys(started, JourneyFacts.Plan::childKey));
			}
			case "plans-ended-2-years" -> {
				List<JourneyFacts.Plan> ended = filter(facts.plans(),
						(p) -> p.ended() != null && period.contains(p.ended()));
				long long2 = ended.stream().filter((p) -> !p.started().plusYears(2).isAfter(p.ended())).count();
				yield percent(indicator, period, facts, long2, ended.size(), keys(ended, JourneyFacts.Plan::childKey));
			}
			case "on-plan-at-end" -> snapshot(indicator, period, facts, keys(
					filter(facts.plans(), (p) -> openOn(p.started(), p.ended(), end)), JourneyFacts.Plan::childKey));
			case "in-need-at-end" -> snapshot(indicator, period, facts,
					keys(filter(facts.episodes(), (e) -> openOn(e.referred(), e.closed(), end)),
							JourneyFacts.Episode::childKey));
			case "looked-after-at-end" -> snapshot(indicator, period, facts,
					keys(filter(facts.lookedAfter(), (l) -> openOn(l.started(), l.ended(), end)),
							JourneyFacts.LookedAfter::childKey));
			default -> null;
		};
	}

	/**
	 * Open on a day: started on or before it, and not ended by it (an end on the day
	 * itself closes it).
	 */
	static boolean openOn(LocalDate start, @Nullable LocalDate end, LocalDate day) {
		return !start.isAfter(day) && (end == null || end.isAfter(day));
	}

	private static List<JourneyFacts.Episode> referralsIn(ReportingPeriod period, Facts facts) {
		return filter(facts.episodes(), (e) -> period.contains(e.referred()));
	}

	private static List<JourneyFacts.Assessment> completedIn(ReportingPeriod period, Facts facts) {
		return filter(facts.assessments(), (a) -> a.authorised() != null && period.contains(a.authorised()));
	}

	private static List<JourneyFacts.Enquiry> conferencesIn(ReportingPeriod period, Facts facts) {
		return filter(facts.enquiries(), (e) -> e.conference() != null && period.contains(e.conference()));
	}

	private static List<JourneyFacts.Plan> plansStartedIn(ReportingPeriod period, Facts facts) {
		List<JourneyFacts.Plan> plans = filter(facts.plans(), (p) -> period.contains(p.started()));
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

	private static <T> IndicatorValue count(Indicator indicator, ReportingPeriod period, Facts facts, List<T> items,
			java.util.function.Function<T, String> key) {
		return new IndicatorValue(indicator.code(), indicator.version(), period.code(), items.size(), null,
				(double) items.size(), keys(items, key).size(), facts.batches());
	}

	private static IndicatorValue snapshot(Indicator indicator, ReportingPeriod period, Facts facts,
			Set<String> children) {
		return new IndicatorValue(indicator.code(), indicator.version(), period.code(), children.size(), null,
				(double) children.size(), children.size(), facts.batches());
	}

	private static IndicatorValue percent(Indicator indicator, ReportingPeriod period, Facts facts, long part,
			long whole, Set<String> children) {
		Double value = (whole == 0) ? null : 100.0 * part / whole;
		return new IndicatorValue(indicator.code(), indicator.version(), period.code(), part, whole, value,
				children.size(), facts.batches());
	}

}
