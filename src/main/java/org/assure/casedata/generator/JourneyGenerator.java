package org.assure.casedata.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.assure.calendar.ReportingPeriod;
import org.assure.calendar.WorkingDays;
import org.assure.casedata.journey.Journey;
import org.assure.casedata.journey.Location;
import org.jspecify.annotations.Nullable;

/**
 * Generates child journeys, deterministically from a seed, that flow as a real
 * authority's do (contact, referral, assessment, Section 47, conference, plan, looked
 * after, care leaver; with re-referrals, repeat plans and missing episodes) and pass the
 * data-quality rules.
 *
 * <p>
 * Each financial year is built to its {@link YearTargets}: the flows are allocated by
 * quota, so that they come out exactly, and the stocks at 31 March are kept at their
 * targets by choosing which plans, placements and episodes stay open, starting from
 * back-dated ones where the first year needs a history.
 */
public final class JourneyGenerator {

	private static final String[] REFERRAL_SOURCES = { "1A", "1B", "1C", "2A", "2A", "2B", "3A", "3B", "3E", "3F", "5A",
			"5A", "5A", "5B", "6", "7", "8", "9" };

	private static final String[] NEEDS = { "N1", "N1", "N1", "N2", "N3", "N4", "N4", "N5", "N5", "N6", "N7", "N8" };

	private static final String[] CATEGORIES = { "NEG", "NEG", "NEG", "EMO", "EMO", "PHY", "SAB", "MUL" };

	private static final String[] ETHNICITIES = { "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI",
			"WBRI", "WOTH", "WOTH", "MWBC", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "AIND", "AIND", "AIND", "AIND",
			"APKN", "ABAN", "AOTH", "AOTH", "BCRB", "BAFR", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT" };

	private static final String[] FACTORS = { "1C", "2B", "3A", "3C", "4B", "6A", "8B", "9A", "10A", "11A", "12A",
			"16A", "18B", "19B", "20", "22A" };

	private static final String[] DISABILITIES = { "LD", "COMM", "AUT", "BEH", "MOB", "HAND", "PC", "INC", "HEAR",
			"VIS", "CON", "DDA" };

	/**
	 * Legal statuses of a placement that lasts months: not the short ones (L1-L3, V3,
	 * V4), whose DfE limits (rules 361-365) a months-long placement would break.
	 */
	private static final String[] LEGAL_STATUSES = { "C2", "C2", "C2", "V2", "V2", "E1", "C1", "C2" };

	private static final String[] PLACEMENTS = { "U1", "U3", "U4", "U4", "U5", "U6", "K2", "R1", "P1", "H5" };

	/**
	 * How many plans in 1,000 have a review held late: England's plans were reviewed on
	 * time in 94.0% of cases in 2014-15 (DfE SFR 41/2015).
	 */
	static final int LATE_REVIEWS_PER_1000 = 110;

	/**
	 * How many referrals in 1,000 are drawn to be a child's re-referral within 12 months
	 * of an earlier one: 24% of England's referrals in 2014-15 were (DfE, Characteristics
	 * of children in need 2015 to 2016); a draw finds no such child now and then, so the
	 * share drawn is a little higher.
	 */
	static final int RE_REFERRALS_PER_1000 = 255;

	/**
	 * How many plans in 1,000 are a child's second or later plan: 16.6% of England's
	 * plans started in 2014-15 were (DfE SFR 41/2015).
	 */
	static final int REPEAT_PLANS_PER_1000 = 166;

	/**
	 * Of the plans carried into a year, the share in 100 kept open whatever their age;
	 * the others stay open newest first.
	 */
	static final int LONG_PLANS_PERCENT = 4;

	private final WorkingDays workingDays;

	private final SplittableRandom random;

	private final List<Journey.Child> children = new ArrayList<>();

	private final List<Open> openPlans = new ArrayList<>();

	private final List<Open> openLookedAfter = new ArrayList<>();

	private final List<Open> openOther = new ArrayList<>();

	private final List<Closed> recentlyClosed = new ArrayList<>();

	private final List<Journey.Child> formerPlanChildren = new ArrayList<>();

	/**
	 * For a plan whose reviews do not all keep time, which of its reviews is late (0 the
	 * first); plans not here are reviewed on time.
	 */
	private final java.util.Map<Journey.ProtectionPlan, Integer> lateReview = new java.util.IdentityHashMap<>();

	private int nextChild = 1;

	/**
	 * A generator.
	 * @param workingDays the calendar for working-day timescales
	 * @param seed the seed: the same seed and targets give the same journeys
	 */
	public JourneyGenerator(WorkingDays workingDays, long seed) {
		this.workingDays = workingDays;
		this.random = new SplittableRandom(seed);
	}

	/**
	 * Generates the journeys of whole financial years.
	 * @param firstYear the first financial year
	 * @param years how many years
	 * @param targets what each year must show
	 * @return the children, in the order they were first seen
	 */
	public List<Journey.Child> generate(ReportingPeriod.FinancialYear firstYear, int years, YearTargets targets) {
		for (int i = 0; i < years; i++) {
			year(ReportingPeriod.FinancialYear.starting(firstYear.startYear() + i), targets);
		}
		for (Journey.Child child : this.children) {
			recordDisabilityAtAssessment(child);
		}
		return this.children;
	}

	/**
	 * A child with a disability has it among the factors of each completed assessment
	 * (6A, "disability of the child"), as the DfE's query 8899Q expects.
	 */
	private static void recordDisabilityAtAssessment(Journey.Child child) {
		if (child.disabilities.stream().allMatch("NONE"::equals)) {
			return;
		}
		for (Journey.Episode episode : child.episodes) {
			for (Journey.Assessment assessment : episode.assessments) {
				if (assessment.authorised != null && !assessment.factors.contains("5A")
						&& !assessment.factors.contains("6A")) {
					assessment.factors.add("6A");
				}
			}
		}
	}

	private void year(ReportingPeriod.FinancialYear year, YearTargets targets) {
		LocalDate start = year.start();
		LocalDate end = year.end();
		this.recentlyClosed.removeIf((closed) -> closed.referred.isBefore(start.minusMonths(12)));
		int carried = completeCarriedAssessments();
		List<Open> newPlans = new ArrayList<>();
		List<Open> newLookedAfter = new ArrayList<>();
		List<Open> newOther = new ArrayList<>();
		referrals(start, end, targets, carried, newPlans, newLookedAfter, newOther);
		keepStock(this.openPlans, newPlans, targets.onPlanAtYearEnd(), 0.8, start, end, Kind.PLAN);
		keepStock(this.openLookedAfter, newLookedAfter, targets.lookedAfterAtYearEnd(), 0.85, start, end,
				Kind.LOOKED_AFTER);
		int other = Math.max(0, targets.inNeedAtYearEnd() - targets.onPlanAtYearEnd() - targets.lookedAfterAtYearEnd());
		keepStock(this.openOther, newOther, other, 0.75, start, end, Kind.OTHER);
		for (Open open : this.openPlans) {
			reviews(open.plan, end);
		}
		placementMoves(start, end);
		contactsOnly(start, end, targets.contacts() - targets.referrals());
		missingEpisodes(start, end);
	}

	/**
	 * Moves some of the children looked after at the year's end from one placement to
	 * another during the year (a new episode, reason P, the one before ceasing X1): one
	 * move for about 1 in 12, two for about 1 in 10, so that about a tenth have three
	 * placements in the year and about two thirds of those long in care stay put for two
	 * years, near England's figures of the time.
	 */
	private void placementMoves(LocalDate start, LocalDate end) {
		for (int i = 0; i < this.openLookedAfter.size(); i++) {
			Open open = this.openLookedAfter.get(i);
			int draw = this.random.nextInt(100);
			int moves = (draw < 10) ? 2 : ((draw < 18) ? 1 : 0);
			Open current = open;
			for (int move = 0; move < moves; move++) {
				Journey.LookedAfter placement = current.placement;
				LocalDate from = max(start, placement.start.plusDays(14));
				LocalDate to = end.minusDays(14 * (moves - move));
				if (from.isAfter(to)) {
					break;
				}
				LocalDate day = dayBetween(from, to);
				placement.end = day;
				placement.reasonCeased = "X1";
				Journey.LookedAfter next = new Journey.LookedAfter(at(open.child));
				next.start = day;
				next.reasonForNewEpisode = "P";
				next.legalStatus = placement.legalStatus;
				next.placementType = forAge(
						otherThan(placementFor(next.legalStatus), placement.placementType, next.legalStatus),
						open.child, day);
				if (next.placementType.equals(placement.placementType)) {
					next.placementType = "U4".equals(next.placementType) ? "U5" : "U4";
				}
				open.child.lookedAfter.add(next);
				current = new Open(open.child, open.episode, null, next);
			}
			this.openLookedAfter.set(i, current);
		}
	}

	/**
	 * Holds a plan's reviews up to a day: the first within 3 months of the plan's start,
	 * each later one within 6 months of the one before, a few days early; a plan drawn to
	 * be late has one review held up to 3 weeks after it fell due.
	 */
	private void reviews(Journey.ProtectionPlan plan, LocalDate upTo) {
		while (true) {
			int index = plan.reviews.size();
			LocalDate due = (index == 0) ? plan.start.plusMonths(3) : plan.reviews.get(index - 1).plusMonths(6);
			Integer late = this.lateReview.get(plan);
			LocalDate review = (late != null && late == index) ? weekdayBefore(due.plusDays(between(3, 21)))
					: weekdayBefore(due.minusDays(between(1, 12)));
			if (!review.isBefore(upTo) || !review.isAfter(plan.start)) {
				return;
			}
			plan.reviews.add(review);
		}
	}

	/**
	 * An assessment still open at the end of last year is completed within its 45 working
	 * days, with a factor that follows from the child (no random draw, so the year's
	 * figures do not move).
	 * @return how many were completed, all within 45 working days of the referral
	 */
	private int completeCarriedAssessments() {
		int completed = 0;
		for (Open open : this.openOther) {
			for (Journey.Assessment assessment : open.episode.assessments) {
				if (assessment.authorised == null && assessment.start != null) {
					assessment.authorised = this.workingDays.plus(assessment.start, 40);
					completed++;
					String id = (open.child.localId != null) ? open.child.localId : "";
					assessment.factors.add(FACTORS[Math.floorMod(id.hashCode(), FACTORS.length)]);
				}
			}
		}
		return completed;
	}

	private enum Path {

		PLAN, CONFERENCE, SECTION47, LOOKED_AFTER, ASSESSED, OPEN_ASSESSMENT, NO_FURTHER_ACTION

	}

	private enum Kind {

		PLAN, LOOKED_AFTER, OTHER

	}

	/**
	 * The year's referrals and where each leads; the assessments carried from last year
	 * count towards the year's completed assessments.
	 */
	private void referrals(LocalDate start, LocalDate end, YearTargets targets, int carried, List<Open> newPlans,
			List<Open> newLookedAfter, List<Open> newOther) {
		int referrals = targets.referrals();
		int plans = targets.plansStarted();
		int conferences = targets.icpcs() - plans;
		int section47 = targets.section47() - targets.icpcs();
		int lookedAfter = Math.min(referrals - targets.section47(),
				(int) Math.round(targets.lookedAfterAtYearEnd() * 0.4));
		int assessed = Math.max(0, targets.assessmentsCompleted() - targets.section47() - lookedAfter - carried);
		int openAssessments = Math.max(0,
				Math.min(referrals - targets.section47() - lookedAfter - assessed, (int) Math.round(referrals * 0.06)));
		List<Path> paths = new ArrayList<>(referrals);
		add(paths, Path.PLAN, plans);
		add(paths, Path.CONFERENCE, conferences);
		add(paths, Path.SECTION47, section47);
		add(paths, Path.LOOKED_AFTER, lookedAfter);
		add(paths, Path.ASSESSED, assessed);
		add(paths, Path.OPEN_ASSESSMENT, openAssessments);
		add(paths, Path.NO_FURTHER_ACTION, referrals - paths.size());
		shuffle(paths);
		int completed = (int) paths.stream()
			.filter((path) -> path != Path.OPEN_ASSESSMENT && path != Path.NO_FURTHER_ACTION)
			.count();
		List<Boolean> within = new ArrayList<>(completed);
		add(within, Boolean.TRUE, Math.min(completed, Math.max(0, targets.assessmentsWithin45() - carried)));
		add(within, Boolean.FALSE, completed - within.size());
		shuffle(within);
		List<Boolean> repeats = new ArrayList<>(plans);
		add(repeats, Boolean.TRUE, (int) Math.round(plans * REPEAT_PLANS_PER_1000 / 1000.0));
		add(repeats, Boolean.FALSE, plans - repeats.size());
		shuffle(repeats);
		int nextWithin = 0;
		int nextRepeat = 0;
		for (Path path : paths) {
			boolean completes = path != Path.OPEN_ASSESSMENT && path != Path.NO_FURTHER_ACTION;
			boolean inTime = completes && within.get(nextWithin++);
			boolean repeat = path == Path.PLAN && repeats.get(nextRepeat++);
			referral(path, inTime, repeat, start, end, newPlans, newLookedAfter, newOther);
		}
	}

	private void referral(Path path, boolean inTime, boolean repeat, LocalDate start, LocalDate end,
			List<Open> newPlans, List<Open> newLookedAfter, List<Open> newOther) {
		int duration = inTime ? between(5, 45) : between(46, 95);
		LocalDate latest = switch (path) {
			case PLAN, CONFERENCE -> end.minusDays(Math.max(48, duration * 7 / 5 + 12));
			case NO_FURTHER_ACTION -> end.minusDays(12);
			case OPEN_ASSESSMENT -> end.minusDays(3);
			default -> end.minusDays(duration * 7 / 5 + 12);
		};
		// An assessment still open at the year's end started within its 45 working days.
		LocalDate earliest = (path == Path.OPEN_ASSESSMENT) ? latest.minusDays(56) : start;
		LocalDate referralDate = weekdayBetween(earliest, latest.isBefore(earliest) ? earliest : latest);
		Journey.Child child = referralChild(referralDate, path == Path.PLAN, repeat);
		Journey.Episode episode = episode(child, referralDate, path);
		contact(child, referralDate, episode.referralSource);
		LocalDate lastEvent = referralDate;
		if (path == Path.NO_FURTHER_ACTION) {
			episode.referralNfa = Boolean.TRUE;
			close(episode, referralDate.plusDays(between(0, 10)), "RC7");
			this.recentlyClosed.add(new Closed(child, episode.closureDate, referralDate));
			return;
		}
		episode.referralNfa = Boolean.FALSE;
		Journey.Assessment assessment = new Journey.Assessment(at(child));
		assessment.start = this.workingDays.plus(referralDate, between(0, 2));
		if (path == Path.OPEN_ASSESSMENT) {
			episode.assessments.add(assessment);
			newOther.add(new Open(child, episode, null, null));
			return;
		}
		assessment.authorised = this.workingDays.plus(referralDate, duration);
		if (assessment.authorised.isBefore(assessment.start)) {
			assessment.start = assessment.authorised;
		}
		assessment.factors.add(pick(FACTORS));
		if (this.random.nextInt(3) == 0) {
			String second = pick(FACTORS);
			if (!assessment.factors.contains(second)) {
				assessment.factors.add(second);
			}
		}
		episode.assessments.add(assessment);
		lastEvent = max(lastEvent, assessment.authorised);
		if (path == Path.PLAN || path == Path.CONFERENCE || path == Path.SECTION47) {
			Journey.Section47 enquiry = new Journey.Section47(at(child));
			enquiry.start = referralDate.plusDays(between(0, 4));
			enquiry.icpcTarget = this.workingDays.plus(enquiry.start, 15);
			if (path == Path.SECTION47) {
				enquiry.icpcNotRequired = Boolean.TRUE;
			}
			else {
				enquiry.icpcNotRequired = Boolean.FALSE;
				int days = (this.random.nextInt(100) < 72) ? between(5, 15) : between(16, 25);
				enquiry.icpcDate = this.workingDays.plus(enquiry.start, days);
				lastEvent = max(lastEvent, enquiry.icpcDate);
			}
			episode.section47s.add(enquiry);
			lastEvent = max(lastEvent, enquiry.start);
			if (path == Path.PLAN) {
				Journey.ProtectionPlan plan = plan(child, enquiry.icpcDate);
				episode.protectionPlans.add(plan);
				newPlans.add(new Open(child, episode, plan, null));
				return;
			}
		}
		if (path == Path.LOOKED_AFTER) {
			LocalDate placed = referralDate.plusDays(between(1, 30));
			Journey.LookedAfter placement = lookedAfter(child, max(placed.isAfter(end) ? end : placed, lastEvent));
			newLookedAfter.add(new Open(child, episode, null, placement));
			return;
		}
		LocalDate planStart = lastEvent.plusDays(between(1, 10));
		if (this.random.nextInt(3) == 0 && !planStart.isAfter(end)) {
			Journey.CinPlan plan = new Journey.CinPlan(at(child));
			plan.start = planStart;
			episode.cinPlans.add(plan);
		}
		newOther.add(new Open(child, episode, null, null));
	}

	private void keepStock(List<Open> carried, List<Open> fresh, int target, double freshShare, LocalDate start,
			LocalDate end, Kind kind) {
		fresh.sort(Comparator.comparing((Open open) -> open.since()));
		if (kind == Kind.LOOKED_AFTER) {
			// Care ends by the 18th birthday (DfE rule 359): a child who is 18 by the
			// year's
			// end is among the first closed, of the new and of those carried.
			fresh.sort(Comparator.comparing((Open open) -> !adultBy(open, end)));
		}
		int freshOpen = Math.min(fresh.size(), (int) Math.round(target * freshShare));
		List<Open> stayOpen = new ArrayList<>(fresh.subList(fresh.size() - freshOpen, fresh.size()));
		for (Open open : fresh.subList(0, fresh.size() - freshOpen)) {
			if (!closeWithin(open, start, end, kind)) {
				stayOpen.add(open);
			}
		}
		int needed = target - stayOpen.size();
		shuffle(carried);
		if (kind == Kind.LOOKED_AFTER) {
			carried.sort(Comparator.comparing((Open open) -> adultBy(open, end)));
		}
		if (kind == Kind.PLAN) {
			// Most plans end within the year or two after they start; a few stay open
			// longer (England: about 4% of the plans ending lasted 2 years or more).
			List<Open> lasting = new ArrayList<>();
			List<Open> rest = new ArrayList<>();
			for (Open open : carried) {
				(this.random.nextInt(100) < LONG_PLANS_PERCENT ? lasting : rest).add(open);
			}
			rest.sort(Comparator.comparing((Open open) -> open.since()).reversed());
			carried.clear();
			carried.addAll(lasting);
			carried.addAll(rest);
		}
		List<Open> keep = new ArrayList<>();
		for (Open open : carried) {
			if (keep.size() < needed) {
				keep.add(open);
			}
			else if (!closeWithin(open, start, end, kind)) {
				keep.add(open);
			}
		}
		if (kind == Kind.LOOKED_AFTER) {
			// No child stays in care past 18 (rule 359): one kept only to make up the
			// stock is closed and another takes the place.
			for (List<Open> open : List.of(keep, stayOpen)) {
				open.removeIf((item) -> adultBy(item, end) && closeWithin(item, start, end, kind));
			}
		}
		while (keep.size() + stayOpen.size() < target) {
			keep.add(backDated(start, kind));
		}
		carried.clear();
		carried.addAll(keep);
		carried.addAll(stayOpen);
	}

	/** Whether an open item's child is 18 on or before a day. */
	private static boolean adultBy(Open open, LocalDate day) {
		YearMonth birth = open.child.birthMonth;
		return birth != null && !birth.atDay(1).plusYears(18).isAfter(day);
	}

	/**
	 * Closes an open item at a date between its last event and the year's end; false if
	 * it cannot.
	 */
	private boolean closeWithin(Open open, LocalDate start, LocalDate end, Kind kind) {
		// Closed in this year: a close in a year already generated would change its
		// stocks.
		LocalDate since = max(open.lastEvent(), start.minusDays(1));
		if (!since.isBefore(end)) {
			return false;
		}
		LocalDate closing = dayBetween(since.plusDays(1),
				end.minusDays(1).isBefore(since.plusDays(1)) ? since.plusDays(1) : end.minusDays(1));
		if (closing.isAfter(end)) {
			return false;
		}
		switch (kind) {
			case PLAN -> {
				reviews(open.plan, closing);
				open.plan.end = closing;
				this.formerPlanChildren.add(open.child);
			}
			case LOOKED_AFTER -> {
				open.placement.end = closing;
				open.placement.reasonCeased = pick(new String[] { "E11", "E12", "E13", "E41", "E45", "E4A" });
				YearMonth birth = open.child.birthMonth;
				if (birth != null && ChronoUnit.YEARS.between(birth.atDay(1), closing) >= 18
						&& Set.of("E11", "E12", "E45").contains(open.placement.reasonCeased)) {
					// No adoption nor special guardianship at 18 (DfE rules 386, 407).
					open.placement.reasonCeased = "E8";
				}
				if ("E45".equals(open.placement.reasonCeased)
						&& (open.placement.placementType == null || !open.placement.placementType.startsWith("U"))) {
					// Special guardianship to former foster carers is from foster care
					// (rule 516).
					open.placement.reasonCeased = "E41";
				}
				if ("E11".equals(open.placement.reasonCeased) || "E12".equals(open.placement.reasonCeased)) {
					placedForAdoption(open.child, open.placement, closing);
				}
				if (birth != null && ChronoUnit.YEARS.between(birth.atDay(1), closing) >= 17) {
					Journey.CareLeaver leaver = new Journey.CareLeaver(at(open.child));
					leaver.asAt = end;
					leaver.inTouch = "YES";
					leaver.activity = pick(new String[] { "F1", "F2", "G4", "G6" });
					leaver.accommodation = pick(new String[] { "B1", "C1", "D1", "S2" });
					boolean adopted = "E11".equals(open.placement.reasonCeased)
							|| "E12".equals(open.placement.reasonCeased);
					if (!adopted) {
						// An adopted child is not a care leaver (rule 134); the draws are
						// made
						// all the same, so the journeys after it stay as they were.
						open.child.careLeaver.add(leaver);
					}
				}
			}
			default -> {
				for (Journey.CinPlan plan : open.episode.cinPlans) {
					if (plan.end == null) {
						plan.end = closing;
					}
				}
			}
		}
		close(open.episode, closing, kind == Kind.OTHER ? pick(new String[] { "RC1", "RC5", "RC3", "RC4", "RC7" })
				: (kind == Kind.PLAN ? "RC1" : "RC7"));
		this.recentlyClosed.add(new Closed(open.child, closing, open.episode.referralDate));
		return true;
	}

	/**
	 * An adoption is from a placement for adoption (DfE rule 390): the child's last
	 * placement gives way to one up to four months before the adoption, with the foster
	 * carer (A3, A5) when the child was fostered (rule 336), under the placement order
	 * (A5, A6) when there is one (rule 408), with consent (A3, A4) when not. Drawn
	 * without the random stream, so the journeys around it stay as they were.
	 */
	private void placedForAdoption(Journey.Child child, Journey.LookedAfter placement, LocalDate adopted) {
		boolean order = "E1".equals(placement.legalStatus);
		boolean fostered = placement.placementType != null && placement.placementType.startsWith("U");
		LocalDate from = max(placement.start.plusDays(1), adopted.minusDays(120));
		if (!from.isBefore(adopted)) {
			placement.placementType = order ? "A6" : "A4";
			return;
		}
		Journey.LookedAfter adoptive = new Journey.LookedAfter(at(child));
		adoptive.start = from;
		adoptive.end = adopted;
		adoptive.legalStatus = placement.legalStatus;
		adoptive.placementType = order ? (fostered ? "A5" : "A6") : (fostered ? "A3" : "A4");
		// With the same carers (A3, A5) the change of placement is T; with others P (rule
		// 217).
		adoptive.reasonForNewEpisode = fostered ? "T" : "P";
		adoptive.reasonCeased = placement.reasonCeased;
		placement.end = from;
		placement.reasonCeased = "X1";
		child.lookedAfter.add(adoptive);
	}

	private Open backDated(LocalDate start, Kind kind) {
		int daysBefore = switch (kind) {
			case PLAN -> between(20, 600);
			case LOOKED_AFTER -> between(20, 3000);
			default -> between(20, 300);
		};
		LocalDate referralDate = weekdayBefore(start.minusDays(daysBefore));
		Journey.Child child = newChild(referralDate, kind == Kind.PLAN);
		YearMonth seventeenAtStart = YearMonth.from(start.minusYears(17));
		if (child.birthMonth != null && child.birthMonth.isBefore(seventeenAtStart)) {
			// Still a child when the years generated begin.
			child.birthMonth = seventeenAtStart;
		}
		Journey.Episode episode = episode(child, referralDate, kind == Kind.PLAN ? Path.PLAN : Path.ASSESSED);
		episode.referralNfa = Boolean.FALSE;
		contact(child, referralDate, episode.referralSource);
		Journey.Assessment assessment = new Journey.Assessment(at(child));
		assessment.start = referralDate;
		assessment.authorised = this.workingDays.plus(referralDate, between(10, 44));
		assessment.factors.add(pick(FACTORS));
		episode.assessments.add(assessment);
		switch (kind) {
			case PLAN -> {
				Journey.Section47 enquiry = new Journey.Section47(at(child));
				enquiry.start = referralDate;
				enquiry.icpcTarget = this.workingDays.plus(referralDate, 15);
				enquiry.icpcDate = this.workingDays.plus(referralDate, between(5, 15));
				enquiry.icpcNotRequired = Boolean.FALSE;
				episode.section47s.add(enquiry);
				Journey.ProtectionPlan plan = plan(child, enquiry.icpcDate);
				reviews(plan, start);
				episode.protectionPlans.add(plan);
				return new Open(child, episode, plan, null);
			}
			case LOOKED_AFTER -> {
				return new Open(child, episode, null, lookedAfter(child, referralDate.plusDays(between(1, 20))));
			}
			default -> {
				Journey.CinPlan plan = new Journey.CinPlan(at(child));
				plan.start = assessment.authorised.plusDays(1);
				episode.cinPlans.add(plan);
				return new Open(child, episode, null, null);
			}
		}
	}

	private void contactsOnly(LocalDate start, LocalDate end, int contacts) {
		int remaining = contacts;
		while (remaining > 0) {
			LocalDate first = weekdayBetween(start, end);
			Journey.Child child = newChild(first, false);
			int count = Math.min(remaining, (this.random.nextInt(10) < 7) ? 1 : between(2, 3));
			LocalDate date = first;
			for (int i = 0; i < count; i++) {
				Journey.Contact contact = contact(child, date, pick(REFERRAL_SOURCES));
				contact.outcome = (this.random.nextInt(10) < 8) ? "NFA" : "EARLY_HELP";
				if ("EARLY_HELP".equals(contact.outcome) && child.earlyHelp.isEmpty()) {
					Journey.EarlyHelp help = new Journey.EarlyHelp(at(child));
					help.start = date.plusDays(between(1, 20));
					if (help.start.isAfter(end)) {
						help.start = date;
					}
					LocalDate helpEnd = help.start.plusDays(between(30, 200));
					help.end = helpEnd.isAfter(end) ? null : helpEnd;
					child.earlyHelp.add(help);
				}
				date = date.plusDays(between(1, 60));
				if (date.isAfter(end)) {
					date = end;
				}
			}
			remaining -= count;
		}
	}

	private void missingEpisodes(LocalDate start, LocalDate end) {
		for (Open open : this.openLookedAfter) {
			if (this.random.nextInt(4) != 0 || open.placement.start.isAfter(end.minusDays(10))) {
				continue;
			}
			int episodes = between(1, 3);
			for (int i = 0; i < episodes; i++) {
				LocalDate from = max(start, open.placement.start.plusDays(1));
				Journey.Missing missing = new Journey.Missing(at(open.child));
				missing.start = dayBetween(from, end.minusDays(3));
				missing.end = missing.start.plusDays(between(0, 2));
				missing.absence = Boolean.FALSE;
				missing.returnInterviewOffered = this.random.nextInt(100) < 85;
				missing.returnInterviewAccepted = missing.returnInterviewOffered && this.random.nextInt(100) < 65;
				boolean overlaps = open.child.missing.stream()
					.anyMatch((other) -> other.start != null && other.end != null && missing.start.isBefore(other.end)
							&& other.start.isBefore(missing.end.plusDays(1)));
				if (!overlaps) {
					open.child.missing.add(missing);
				}
			}
		}
	}

	/**
	 * The child a referral is for: a child who had a plan before, when the plan it leads
	 * to is to be a repeat; a child referred again within 12 months, for a share of the
	 * others (never one who had a plan, when the plan is not to be a repeat); else a new
	 * child.
	 */
	private Journey.Child referralChild(LocalDate referralDate, boolean plan, boolean repeat) {
		if (repeat && !this.formerPlanChildren.isEmpty()) {
			for (int attempt = 0; attempt < 50; attempt++) {
				int index = this.random.nextInt(this.formerPlanChildren.size());
				Journey.Child former = this.formerPlanChildren.get(index);
				YearMonth born = former.birthMonth;
				if (lastClosure(former).isBefore(referralDate)
						&& (born == null || born.atDay(1).plusYears(18).isAfter(referralDate))) {
					this.formerPlanChildren.remove(index);
					return former;
				}
			}
		}
		if (!this.recentlyClosed.isEmpty() && this.random.nextInt(1000) < RE_REFERRALS_PER_1000) {
			for (int attempt = 0; attempt < 8; attempt++) {
				Closed closed = this.recentlyClosed.get(this.random.nextInt(this.recentlyClosed.size()));
				YearMonth born = closed.child.birthMonth;
				boolean hadPlan = closed.child.episodes.stream()
					.anyMatch((episode) -> !episode.protectionPlans.isEmpty());
				if ((!plan || repeat || !hadPlan) && closed.date.isBefore(referralDate)
						&& !closed.referred.isBefore(referralDate.minusMonths(12))
						&& lastClosure(closed.child).isBefore(referralDate)
						&& (born == null || born.atDay(1).plusYears(18).isAfter(referralDate))) {
					this.recentlyClosed.remove(closed);
					return closed.child;
				}
			}
		}
		return newChild(referralDate, plan);
	}

	private static LocalDate lastClosure(Journey.Child child) {
		LocalDate last = LocalDate.MIN;
		for (Journey.Episode episode : child.episodes) {
			if (episode.closureDate == null) {
				return LocalDate.MAX;
			}
			last = max(last, episode.closureDate);
		}
		return last;
	}

	private Journey.Child newChild(LocalDate seen, boolean young) {
		Journey.Child child = new Journey.Child(new Location("generated", "C" + this.nextChild));
		child.localId = String.format("G%08d", this.nextChild++);
		int age = young ? Math.min(17, (int) Math.abs(this.random.nextGaussian() * 6)) : between(0, 17);
		child.birthMonth = YearMonth.from(seen.minusYears(age).minusMonths(between(0, 11)));
		child.sex = this.random.nextInt(100) < 51 ? "M" : "F";
		child.ethnicity = pick(ETHNICITIES);
		String disability = this.random.nextInt(100) < 8 ? pick(new String[] { "LD", "COMM", "AUT", "BEH" }) : "NONE";
		if ("NONE".equals(disability)) {
			child.disabilities.add(disability);
		}
		else {
			// The spread over the DfE's twelve codes and the second disability of one
			// child in
			// four follow from the child's number, so that the random sequence (and every
			// figure calibrated on it) is that of one draw.
			int n = this.nextChild + disability.length();
			child.disabilities.add(DISABILITIES[n % DISABILITIES.length]);
			if (n % 4 == 0) {
				child.disabilities.add(DISABILITIES[(n / 4 + 5) % DISABILITIES.length]);
			}
		}
		this.children.add(child);
		return child;
	}

	private Journey.Episode episode(Journey.Child child, LocalDate referralDate, Path path) {
		Journey.Episode episode = new Journey.Episode(at(child));
		episode.referralDate = referralDate;
		episode.referralSource = pick(REFERRAL_SOURCES);
		episode.primaryNeed = (path == Path.PLAN || path == Path.CONFERENCE) ? "N1" : pick(NEEDS);
		child.episodes.add(episode);
		return episode;
	}

	private Journey.ProtectionPlan plan(Journey.Child child, LocalDate start) {
		Journey.ProtectionPlan plan = new Journey.ProtectionPlan(at(child));
		plan.start = start;
		plan.initialCategory = pick(CATEGORIES);
		plan.latestCategory = (this.random.nextInt(10) == 0) ? pick(CATEGORIES) : plan.initialCategory;
		long previous = child.episodes.stream().mapToLong((episode) -> episode.protectionPlans.size()).sum();
		plan.previousPlans = (int) previous;
		if (this.random.nextInt(1000) < LATE_REVIEWS_PER_1000) {
			this.lateReview.put(plan, between(0, 1));
		}
		return plan;
	}

	private Journey.LookedAfter lookedAfter(Journey.Child child, LocalDate start) {
		Journey.LookedAfter placement = new Journey.LookedAfter(at(child));
		LocalDate adult = (child.birthMonth != null) ? child.birthMonth.atDay(1).plusYears(18) : null;
		// Care begins before the 18th birthday (DfE rule 352).
		placement.start = (adult != null && !start.isBefore(adult)) ? adult.minusDays(1) : start;
		placement.reasonForNewEpisode = "S";
		placement.legalStatus = pick(LEGAL_STATUSES);
		placement.placementType = forAge(placementFor(placement.legalStatus), child, placement.start);
		child.lookedAfter.add(placement);
		return placement;
	}

	/**
	 * Semi-independent living (H5) is for children of 16 or over (rule 371 from 2023-24):
	 * a younger child is fostered (U4) instead, without another draw.
	 */
	private static String forAge(String type, Journey.Child child, LocalDate day) {
		boolean sixteen = child.birthMonth != null && !child.birthMonth.atDay(1).plusYears(16).isAfter(day);
		return ("H5".equals(type) && !sixteen) ? "U4" : type;
	}

	/**
	 * A move is to another kind of placement (the episodes carry no postcode nor URN to
	 * tell two of a kind apart; rule 435): a draw of the same type becomes the next in
	 * the list, without another draw.
	 */
	private static String otherThan(String drawn, @Nullable String current, @Nullable String legalStatus) {
		if (!drawn.equals(current)) {
			return drawn;
		}
		List<String> types = List.of(PLACEMENTS);
		String next = types.get((types.indexOf(drawn) + 1) % types.size());
		next = next.equals(drawn) ? types.get((types.indexOf(drawn) + 2) % types.size()) : next;
		return ("V2".equals(legalStatus) && "P1".equals(next)) ? "H5" : next;
	}

	/**
	 * A placement type for a legal status: a child accommodated under section 20 (V2) is
	 * not placed with parents (P1; DfE rule 378), so such a draw becomes foster care.
	 */
	private String placementFor(@Nullable String legalStatus) {
		String type = pick(PLACEMENTS);
		return ("V2".equals(legalStatus) && "P1".equals(type)) ? "U3" : type;
	}

	private Journey.Contact contact(Journey.Child child, LocalDate date, @Nullable String source) {
		Journey.Contact contact = new Journey.Contact(at(child));
		contact.date = date;
		contact.source = source;
		contact.outcome = "REFERRAL";
		child.contacts.add(contact);
		return contact;
	}

	private static void close(Journey.Episode episode, LocalDate date, String reason) {
		episode.closureDate = date;
		episode.closureReason = reason;
	}

	private static Location at(Journey.Child child) {
		return child.location();
	}

	private LocalDate weekdayBetween(LocalDate from, LocalDate to) {
		LocalDate day = dayBetween(from, to);
		while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			day = day.minusDays(1);
		}
		return day.isBefore(from) ? from : day;
	}

	private static LocalDate weekdayBefore(LocalDate day) {
		LocalDate date = day;
		while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
			date = date.minusDays(1);
		}
		return date;
	}

	private LocalDate dayBetween(LocalDate from, LocalDate to) {
		long span = ChronoUnit.DAYS.between(from, to);
		return (span <= 0) ? from : from.plusDays(this.random.nextLong(span + 1));
	}

	private int between(int low, int high) {
		return low + this.random.nextInt(high - low + 1);
	}

	private String pick(String[] values) {
		return values[this.random.nextInt(values.length)];
	}

	private <T> void shuffle(List<T> list) {
		for (int i = list.size() - 1; i > 0; i--) {
			Collections.swap(list, i, this.random.nextInt(i + 1));
		}
	}

	private static <T> void add(List<T> list, T value, int count) {
		for (int i = 0; i < count; i++) {
			list.add(value);
		}
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	/** An open plan, placement or episode, and the child and episode it belongs to. */
	private record Open(Journey.Child child, Journey.Episode episode, Journey.@Nullable ProtectionPlan plan,
			Journey.@Nullable LookedAfter placement) {

		LocalDate since() {
			if (this.plan != null) {
				return this.plan.start;
			}
			if (this.placement != null) {
				return this.placement.start;
			}
			return this.episode.referralDate;
		}

		LocalDate lastEvent() {
			LocalDate last = since();
			for (Journey.Assessment assessment : this.episode.assessments) {
				last = max(last, (assessment.authorised != null) ? assessment.authorised : LocalDate.MAX);
			}
			for (Journey.Section47 enquiry : this.episode.section47s) {
				last = max(last, enquiry.start);
				if (enquiry.icpcDate != null) {
					last = max(last, enquiry.icpcDate);
				}
			}
			for (Journey.CinPlan plan : this.episode.cinPlans) {
				last = max(last, plan.start);
			}
			if (this.plan != null) {
				for (LocalDate review : this.plan.reviews) {
					last = max(last, review);
				}
			}
			for (Journey.Missing missing : this.child.missing) {
				if (missing.end != null) {
					last = max(last, missing.end);
				}
			}
			return last;
		}

	}

	/** A closed episode: the child, the closure and the referral that opened it. */
	private record Closed(Journey.Child child, LocalDate date, LocalDate referred) {
	}

}
