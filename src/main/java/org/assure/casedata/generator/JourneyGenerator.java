package org.assure.casedata.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
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

	private static final String[] LEGAL_STATUSES = { "C2", "C2", "C2", "V2", "V2", "E1", "C1", "L1" };

	private static final String[] PLACEMENTS = { "U1", "U3", "U4", "U4", "U5", "U6", "K2", "R1", "P1", "H5" };

	private final WorkingDays workingDays;

	private final SplittableRandom random;

	private final List<Journey.Child> children = new ArrayList<>();

	private final List<Open> openPlans = new ArrayList<>();

	private final List<Open> openLookedAfter = new ArrayList<>();

	private final List<Open> openOther = new ArrayList<>();

	private final List<Closed> recentlyClosed = new ArrayList<>();

	private final List<Journey.Child> formerPlanChildren = new ArrayList<>();

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
		this.recentlyClosed.removeIf((closed) -> closed.date.isBefore(start.minusMonths(12)));
		completeCarriedAssessments();
		List<Open> newPlans = new ArrayList<>();
		List<Open> newLookedAfter = new ArrayList<>();
		List<Open> newOther = new ArrayList<>();
		referrals(start, end, targets, newPlans, newLookedAfter, newOther);
		keepStock(this.openPlans, newPlans, targets.onPlanAtYearEnd(), 0.6, start, end, Kind.PLAN);
		keepStock(this.openLookedAfter, newLookedAfter, targets.lookedAfterAtYearEnd(), 0.85, start, end,
				Kind.LOOKED_AFTER);
		int other = Math.max(0, targets.inNeedAtYearEnd() - targets.onPlanAtYearEnd() - targets.lookedAfterAtYearEnd());
		keepStock(this.openOther, newOther, other, 0.75, start, end, Kind.OTHER);
		contactsOnly(start, end, targets.contacts() - targets.referrals());
		missingEpisodes(start, end);
	}

	/**
	 * An assessment still open at the end of last year is completed within its 45 working
	 * days, with a factor that follows from the child (no random draw, so the year's
	 * figures do not move).
	 */
	private void completeCarriedAssessments() {
		for (Open open : this.openOther) {
			for (Journey.Assessment assessment : open.episode.assessments) {
				if (assessment.authorised == null && assessment.start != null) {
					assessment.authorised = this.workingDays.plus(assessment.start, 40);
					String id = (open.child.localId != null) ? open.child.localId : "";
					assessment.factors.add(FACTORS[Math.floorMod(id.hashCode(), FACTORS.length)]);
				}
			}
		}
	}

	private enum Path {

		PLAN, CONFERENCE, SECTION47, LOOKED_AFTER, ASSESSED, OPEN_ASSESSMENT, NO_FURTHER_ACTION

	}

	private enum Kind {

		PLAN, LOOKED_AFTER, OTHER

	}

	private void referrals(LocalDate start, LocalDate end, YearTargets targets, List<Open> newPlans,
			List<Open> newLookedAfter, List<Open> newOther) {
		int referrals = targets.referrals();
		int plans = targets.plansStarted();
		int conferences = targets.icpcs() - plans;
		int section47 = targets.section47() - targets.icpcs();
		int lookedAfter = Math.min(referrals - targets.section47(),
				(int) Math.round(targets.lookedAfterAtYearEnd() * 0.4));
		int assessed = Math.max(0, targets.assessmentsCompleted() - targets.section47() - lookedAfter);
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
		add(within, Boolean.TRUE, Math.min(completed, targets.assessmentsWithin45()));
		add(within, Boolean.FALSE, completed - within.size());
		shuffle(within);
		int nextWithin = 0;
		for (Path path : paths) {
			boolean completes = path != Path.OPEN_ASSESSMENT && path != Path.NO_FURTHER_ACTION;
			boolean inTime = completes && within.get(nextWithin++);
			referral(path, inTime, start, end, newPlans, newLookedAfter, newOther);
		}
	}

	private void referral(Path path, boolean inTime, LocalDate start, LocalDate end, List<Open> newPlans,
			List<Open> newLookedAfter, List<Open> newOther) {
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
		Journey.Child child = referralChild(referralDate, path == Path.PLAN);
		Journey.Episode episode = episode(child, referralDate, path);
		contact(child, referralDate, episode.referralSource);
		LocalDate lastEvent = referralDate;
		if (path == Path.NO_FURTHER_ACTION) {
			episode.referralNfa = Boolean.TRUE;
			close(episode, referralDate.plusDays(between(0, 10)), "RC7");
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
		int freshOpen = Math.min(fresh.size(), (int) Math.round(target * freshShare));
		List<Open> stayOpen = new ArrayList<>(fresh.subList(fresh.size() - freshOpen, fresh.size()));
		for (Open open : fresh.subList(0, fresh.size() - freshOpen)) {
			if (!closeWithin(open, end, kind)) {
				stayOpen.add(open);
			}
		}
		int needed = target - stayOpen.size();
		shuffle(carried);
		List<Open> keep = new ArrayList<>();
		for (Open open : carried) {
			if (keep.size() < needed) {
				keep.add(open);
			}
			else if (!closeWithin(open, end, kind)) {
				keep.add(open);
			}
		}
		while (keep.size() < needed) {
			keep.add(backDated(start, kind));
		}
		carried.clear();
		carried.addAll(keep);
		carried.addAll(stayOpen);
	}

	/**
	 * Closes an open item at a date between its last event and the year's end; false if
	 * it cannot.
	 */
	private boolean closeWithin(Open open, LocalDate end, Kind kind) {
		LocalDate since = open.lastEvent();
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
				open.plan.end = closing;
				this.formerPlanChildren.add(open.child);
			}
			case LOOKED_AFTER -> {
				open.placement.end = closing;
				open.placement.reasonCeased = pick(new String[] { "E11", "E12", "E13", "E41", "E45", "E4A" });
				YearMonth birth = open.child.birthMonth;
				if (birth != null && ChronoUnit.YEARS.between(birth.atDay(1), closing) >= 17) {
					Journey.CareLeaver leaver = new Journey.CareLeaver(at(open.child));
					leaver.asAt = end;
					leaver.inTouch = "YES";
					leaver.activity = pick(new String[] { "F1", "F2", "G4", "G6" });
					leaver.accommodation = pick(new String[] { "B", "C", "D", "S" });
					open.child.careLeaver.add(leaver);
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
		this.recentlyClosed.add(new Closed(open.child, closing));
		return true;
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
				for (LocalDate review = plan.start.plusMonths(3); review
					.isBefore(start); review = review.plusMonths(6)) {
					plan.reviews.add(this.workingDays.plus(review, 0));
				}
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
				open.child.missing.add(missing);
			}
		}
	}

	private Journey.Child referralChild(LocalDate referralDate, boolean plan) {
		if (plan && !this.formerPlanChildren.isEmpty() && this.random.nextInt(100) < 15) {
			Journey.Child former = this.formerPlanChildren.remove(this.random.nextInt(this.formerPlanChildren.size()));
			if (lastClosure(former).isBefore(referralDate)) {
				return former;
			}
		}
		if (!this.recentlyClosed.isEmpty() && this.random.nextInt(100) < 20) {
			Closed closed = this.recentlyClosed.get(this.random.nextInt(this.recentlyClosed.size()));
			if (closed.date.isBefore(referralDate) && lastClosure(closed.child).isBefore(referralDate)) {
				this.recentlyClosed.remove(closed);
				return closed.child;
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
		return plan;
	}

	private Journey.LookedAfter lookedAfter(Journey.Child child, LocalDate start) {
		Journey.LookedAfter placement = new Journey.LookedAfter(at(child));
		placement.start = start;
		placement.reasonForNewEpisode = "S";
		placement.legalStatus = pick(LEGAL_STATUSES);
		placement.placementType = pick(PLACEMENTS);
		child.lookedAfter.add(placement);
		return placement;
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

	private record Closed(Journey.Child child, LocalDate date) {
	}

}
