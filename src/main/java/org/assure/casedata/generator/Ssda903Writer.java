package org.assure.casedata.generator;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.assure.casedata.journey.Journey;
import org.jspecify.annotations.Nullable;

/**
 * Writes the looked-after children among journeys as an SSDA903 CSV set: header,
 * episodes, missing, OC3 (care leavers), the decisions that a child should be placed for
 * adoption and the adoptions of the year (AD1), dates as dd/mm/yyyy.
 * <p>
 * A journey records placement orders (legal status E1) and adoptions (episodes ceasing
 * E11 or E12), not the decisions around them; the writer derives those as the DfE's rules
 * expect them to stand: the decision that a child under a placement order should be
 * placed for adoption taken the day the first episode under the order (or in a placement
 * for adoption) of the period of care began, ceased (reason RD1) the day the child left
 * care other than by adoption; an adopted child matched with the adopters the day the
 * last placement began, after that decision (or on it, without one). Care leavers' items
 * are written for relevant children (13 weeks looked after since 14) whose care the two
 * years' returns show, so that a return is clean beside last year's too.
 */
final class Ssda903Writer {

	private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private Ssda903Writer() {
	}

	/**
	 * Writes the tables of the return whose year ends on a reference date.
	 * @param children the journeys
	 * @param referenceDate the 31 March the return is as at: from 2024-25 sex is M, F or
	 * U, before it 1 or 2
	 * @param folder the folder to write into
	 * @return the files written
	 * @throws IOException when it cannot write
	 */
	static List<Path> write(List<Journey.Child> children, LocalDate referenceDate, Path folder) throws IOException {
		return write(children, referenceDate, folder, ProblemInjection.NONE);
	}

	/**
	 * Writes the tables of the return, with problems put into a share of the children
	 * looked after in the year, each of a kind a DfE rule finds.
	 * @param children the journeys
	 * @param referenceDate the 31 March the return is as at
	 * @param folder the folder to write into
	 * @param injection which children to break, and how
	 * @return the files written
	 * @throws IOException when it cannot write
	 */
	static List<Path> write(List<Journey.Child> children, LocalDate referenceDate, Path folder,
			ProblemInjection injection) throws IOException {
		boolean letters = !referenceDate.isBefore(LocalDate.of(2025, 3, 31));
		Files.createDirectories(folder);
		Path header = folder.resolve("header.csv");
		Path episodes = folder.resolve("episodes.csv");
		Path missing = folder.resolve("missing.csv");
		Path careLeavers = folder.resolve("oc3.csv");
		Path decisions = folder.resolve("placed_for_adoption.csv");
		Path adoptions = folder.resolve("ad1.csv");
		Path permanence = folder.resolve("previous_permanence.csv");
		Path workers = folder.resolve("social_workers.csv");
		Path reviews = folder.resolve("reviews.csv");
		// Social workers' episodes are collected from 2023-24.
		boolean askWorkers = !referenceDate.isBefore(LocalDate.of(2024, 3, 31));
		// Previous permanence is asked from 2016-17, of each child who starts care (rule
		// 630).
		boolean askPermanence = !referenceDate.isBefore(LocalDate.of(2017, 3, 31));
		try (CSVPrinter headers = printer(header, "CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB");
				CSVPrinter episodeRows = printer(episodes, "CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE",
						"PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN");
				CSVPrinter missingRows = printer(missing, "CHILD", "DOB", "MISSING", "MIS_START", "MIS_END");
				CSVPrinter leaverRows = printer(careLeavers, "CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM");
				CSVPrinter decisionRows = printer(decisions, "CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED",
						"REASON_PLACED_CEASED");
				CSVPrinter adoptionRows = printer(adoptions, "CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE",
						"NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR");
				CSVPrinter permanenceRows = printer(permanence, "CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM");
				CSVPrinter workerRows = printer(workers, "CHILD", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON");
				CSVPrinter reviewRows = printer(reviews, "CHILD", "DOB", "REVIEW", "REVIEW_CODE")) {
			LocalDate yearStart = referenceDate.minusYears(1).plusDays(1);
			for (Journey.Child child : children) {
				List<Journey.LookedAfter> inYear = child.lookedAfter.stream()
					.filter((episode) -> overlaps(episode.start, episode.end, yearStart, referenceDate))
					.toList();
				if (inYear.isEmpty() && child.careLeaver.isEmpty()) {
					continue;
				}
				String id = String.valueOf(child.localId);
				String dob = (child.birthMonth != null) ? date(child.birthMonth.atDay(1)) : "";
				String sex = letters ? (("M".equals(child.sex) || "F".equals(child.sex)) ? child.sex : "U")
						: ("M".equals(child.sex) ? "1" : "2");
				LocalDate birth = (child.birthMonth != null) ? child.birthMonth.atDay(1) : null;
				boolean schoolAge = birth != null && !birth.isAfter(LocalDate.of(referenceDate.getYear() - 4, 8, 31));
				String upn = (schoolAge && child.localId != null) ? CinCensusWriter.upn(child.localId) : "UN1";
				// A girl looked after in the year says whether she is a mother (rules
				// 165, 393).
				String mother = ("F".equals(child.sex) && !inYear.isEmpty()) ? "0" : "";
				ProblemInjection.Kind problem = inYear.isEmpty() ? null : injection.next(id);
				headers.printRecord(id, (problem == ProblemInjection.Kind.SEX) ? "X" : sex,
						(problem == ProblemInjection.Kind.DATE_OF_BIRTH) ? "31/02/" + referenceDate.getYear() : dob,
						(problem == ProblemInjection.Kind.ETHNIC) ? "ZZZZ" : text(child.ethnicity), upn, mother, "");
				Map<Journey.LookedAfter, Placement> placements = placements(id, child.lookedAfter);
				boolean first = true;
				for (Journey.LookedAfter episode : inYear) {
					Placement placement = placements.get(episode);
					String status = text(episode.legalStatus);
					String provider = "P1".equals(episode.placementType) ? "PR0" : "PR1";
					String home = placement.home();
					if (first && problem == ProblemInjection.Kind.LEGAL_STATUS) {
						status = "X9";
					}
					if (first && problem == ProblemInjection.Kind.PLACEMENT_PROVIDER) {
						provider = "PR9";
					}
					if (first && problem == ProblemInjection.Kind.HOME_POSTCODE) {
						home = "NOT A POSTCODE";
					}
					first = false;
					episodeRows.printRecord(id, date(episode.start), text(episode.reasonForNewEpisode), status, "N1",
							placementType(episode.placementType, referenceDate), provider, date(episode.end),
							(episode.end != null) ? text(episode.reasonCeased) : "", placement.reasonChanged(), home,
							placement.postcode(), "");
				}
				for (Journey.Missing episode : child.missing) {
					if (!overlaps(episode.start, episode.end, yearStart, referenceDate)) {
						continue;
					}
					missingRows.printRecord(id, dob, Boolean.TRUE.equals(episode.absence) ? "A" : "M",
							date(episode.start), date(episode.end));
				}
				// A child adopted in the year is not of the care leavers' cohort (rule
				// 134).
				boolean adoptedInYear = inYear.stream()
					.anyMatch((episode) -> ("E11".equals(episode.reasonCeased) || "E12".equals(episode.reasonCeased))
							&& episode.end != null && !episode.end.isBefore(yearStart)
							&& !episode.end.isAfter(referenceDate));
				for (Journey.CareLeaver leaver : child.careLeaver) {
					if (!adoptedInYear && !stillLookedAfterOnBirthday(child, birth, yearStart, referenceDate)
							&& relevant(child, birth, referenceDate)
							&& lookedAfterSince(child, yearStart.minusYears(1), referenceDate)) {
						leaverRows.printRecord(id, dob, text(leaver.inTouch), text(leaver.activity),
								text(leaver.accommodation));
					}
				}
				if (askWorkers) {
					socialWorkers(id, child.lookedAfter, yearStart, referenceDate, workerRows);
				}
				reviews(id, dob, birth, child.lookedAfter, yearStart, referenceDate, reviewRows);
				adoption(id, dob, child.lookedAfter, yearStart, referenceDate, decisionRows, adoptionRows);
				boolean started = inYear.stream()
					.anyMatch(
							(episode) -> "S".equals(episode.reasonForNewEpisode) && !episode.start.isBefore(yearStart));
				if (askPermanence && started) {
					// A journey records no earlier adoption nor guardianship: none (Z1).
					permanenceRows.printRecord(id, dob, "Z1", "", "");
				}
			}
		}
		if (!askPermanence) {
			Files.deleteIfExists(permanence);
		}
		if (!askWorkers) {
			Files.deleteIfExists(workers);
		}
		List<Path> written = new java.util.ArrayList<>(
				List.of(header, episodes, reviews, missing, careLeavers, decisions, adoptions));
		if (askPermanence) {
			written.add(permanence);
		}
		if (askWorkers) {
			written.add(workers);
		}
		return List.copyOf(written);
	}

	/**
	 * Writes the reviews held in the year of the child's care: the first 20 days after a
	 * period of care began, the second three months after the first, then every six
	 * months, while the child is looked after other than on short breaks (a child on
	 * short breaks alone has none: rule 399). The child took part in each (PN1), or,
	 * under 4 on the day, was too young to (PN0: rules 440, 441).
	 */
	private static void reviews(String id, String dob, @Nullable LocalDate birth, List<Journey.LookedAfter> all,
			LocalDate yearStart, LocalDate referenceDate, CSVPrinter rows) throws IOException {
		List<Journey.LookedAfter> byStart = byStart(all, referenceDate);
		boolean onlyShortBreaks = byStart.stream()
			.filter((episode) -> overlaps(episode.start, episode.end, yearStart, referenceDate))
			.allMatch(Ssda903Writer::shortBreak);
		if (onlyShortBreaks) {
			return;
		}
		List<LocalDate[]> periods = periods(byStart);
		for (LocalDate[] period : periods) {
			LocalDate day = period[0].plusDays(20);
			int held = 0;
			while (!day.isAfter(referenceDate) && (period[1] == null || day.isBefore(period[1]))) {
				if (!day.isBefore(yearStart) && lookedAfterOn(byStart, day)) {
					boolean underFour = birth != null && day.isBefore(birth.plusYears(4));
					rows.printRecord(id, dob, date(day), underFour ? "PN0" : "PN1");
				}
				day = (held++ == 0) ? day.plusMonths(3) : day.plusMonths(6);
			}
		}
	}

	/** The child's episodes begun by the reference date, in order of start. */
	private static List<Journey.LookedAfter> byStart(List<Journey.LookedAfter> all, LocalDate referenceDate) {
		return all.stream()
			.filter((episode) -> episode.start != null && !episode.start.isAfter(referenceDate))
			.sorted(java.util.Comparator.comparing((Journey.LookedAfter episode) -> episode.start))
			.toList();
	}

	/**
	 * The periods of care of episodes in order of start, each its first day and its last
	 * (null while open): an episode begun the day the one before ended continues it.
	 */
	private static List<LocalDate[]> periods(List<Journey.LookedAfter> byStart) {
		List<LocalDate[]> periods = new java.util.ArrayList<>();
		for (Journey.LookedAfter episode : byStart) {
			LocalDate[] last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
			if (last != null && last[1] != null && last[1].equals(episode.start)) {
				last[1] = episode.end;
			}
			else {
				periods.add(new LocalDate[] { episode.start, episode.end });
			}
		}
		return periods;
	}

	/** Whether an episode is a short break (respite, V3 or V4). */
	private static boolean shortBreak(Journey.LookedAfter episode) {
		return "V3".equals(episode.legalStatus) || "V4".equals(episode.legalStatus);
	}

	/** Whether an episode other than a short break was open on a day. */
	private static boolean lookedAfterOn(List<Journey.LookedAfter> episodes, LocalDate day) {
		for (Journey.LookedAfter episode : episodes) {
			if (!episode.start.isAfter(day) && (episode.end == null || episode.end.isAfter(day))
					&& !shortBreak(episode)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Writes a social worker's episode for each period of care the child had in the year
	 * (a period of episodes one after another, from its first episode, however long ago):
	 * begun the day the period began, and ended the day the next began (one worker after
	 * another, no gap) or the day care ended; open while the child is looked after. An
	 * episode lasts at least three days (rule SW09): a worker after a short period begins
	 * three days after the one before, and the last ends three days after it began (or
	 * stays open past the year's end). Each worker is named by the child and the day the
	 * period began, so that next year's return gives the same worker for an episode still
	 * open.
	 */
	private static void socialWorkers(String id, List<Journey.LookedAfter> all, LocalDate yearStart,
			LocalDate referenceDate, CSVPrinter rows) throws IOException {
		List<LocalDate[]> periods = periods(byStart(all, referenceDate));
		periods.removeIf((period) -> !overlaps(period[0], period[1], yearStart, referenceDate));
		// Each worker begins the day the period began, or three days after the worker
		// before began, whichever is later (an episode lasts at least three days).
		List<LocalDate[]> workers = new java.util.ArrayList<>();
		for (LocalDate[] period : periods) {
			LocalDate[] last = workers.isEmpty() ? null : workers.get(workers.size() - 1);
			LocalDate begins = (last != null && period[0].isBefore(last[0].plusDays(3))) ? last[0].plusDays(3)
					: period[0];
			if (begins.isAfter(referenceDate)) {
				break;
			}
			if (last != null) {
				last[1] = begins;
			}
			workers.add(new LocalDate[] { begins, period[1] });
		}
		LocalDate[] last = workers.isEmpty() ? null : workers.get(workers.size() - 1);
		if (last != null && last[1] != null && last[1].isBefore(last[0].plusDays(3))) {
			LocalDate ends = last[0].plusDays(3);
			last[1] = ends.isAfter(referenceDate) ? null : ends;
		}
		for (LocalDate[] worker : workers) {
			String number = String.format("%06d", Math.floorMod((id + worker[0]).hashCode(), 1_000_000));
			rows.printRecord(id, "SW" + number, date(worker[0]), date(worker[1]), "OTHERS");
		}
	}

	/**
	 * Writes, for each of the child's periods of care with a placement order open in the
	 * year, the decision that the child should be placed for adoption, and the child's
	 * adoption, when an episode of the year ended in one.
	 */
	private static void adoption(String id, String dob, List<Journey.LookedAfter> all, LocalDate yearStart,
			LocalDate referenceDate, CSVPrinter decisionRows, CSVPrinter adoptionRows) throws IOException {
		List<Journey.LookedAfter> episodes = all.stream()
			.filter((episode) -> episode.start != null)
			.sorted(java.util.Comparator.comparing((Journey.LookedAfter episode) -> episode.start))
			.toList();
		int first = 0;
		while (first < episodes.size()) {
			int last = first;
			while (last + 1 < episodes.size() && episodes.get(last + 1).start.equals(episodes.get(last).end)) {
				last++;
			}
			List<Journey.LookedAfter> period = episodes.subList(first, last + 1);
			first = last + 1;
			boolean ordered = period.stream()
				.anyMatch((episode) -> ("E1".equals(episode.legalStatus) || (episode.placementType != null
						&& Set.of("A3", "A4", "A5", "A6").contains(episode.placementType)))
						&& overlaps(episode.start, episode.end, yearStart, referenceDate));
			Journey.LookedAfter end = period.get(period.size() - 1);
			boolean endsInYear = end.end != null && !end.end.isBefore(yearStart) && !end.end.isAfter(referenceDate);
			boolean adopted = endsInYear && ("E11".equals(end.reasonCeased) || "E12".equals(end.reasonCeased));
			LocalDate decided = ordered ? firstOrder(period) : null;
			if (decided != null) {
				boolean ceased = endsInYear && !adopted;
				decisionRows.printRecord(id, dob, date(decided), ceased ? date(end.end) : "", ceased ? "RD1" : "");
			}
			if (adopted) {
				boolean single = Math.floorMod(id.hashCode(), 10) == 0;
				boolean fostered = "A3".equals(end.placementType) || "A5".equals(end.placementType)
						|| (end.placementType != null && end.placementType.startsWith("U"));
				adoptionRows.printRecord(id, dob, date((decided != null) ? decided : end.start), date(end.start),
						fostered ? "1" : "0", single ? "1" : "2", single ? "F1" : "MF", single ? "L0" : "L11");
			}
		}
	}

	/**
	 * The day the first episode of a period of care under a placement order (E1) or in a
	 * placement for adoption (A3 to A6) began: the day the decision is taken, so that a
	 * return holds it from the year the order began (rules 553, 554, 559).
	 */
	private static LocalDate firstOrder(List<Journey.LookedAfter> period) {
		for (Journey.LookedAfter episode : period) {
			if ("E1".equals(episode.legalStatus) || (episode.placementType != null
					&& Set.of("A3", "A4", "A5", "A6").contains(episode.placementType))) {
				return episode.start;
			}
		}
		return period.get(0).start;
	}

	/** Where an episode's child lives and is placed, and why the placement ended. */
	private record Placement(String home, String postcode, String reasonChanged) {
	}

	/**
	 * The home and placement postcodes of each of a child's episodes, and the reason a
	 * placement ended for another, worked out over all the child's episodes (those before
	 * the year too, so that one year's return agrees with the last's): the child has one
	 * home postcode; each placement its own postcode, kept when only the legal status
	 * changes (RNE L) and the home postcode when placed with parents (P1); an episode
	 * ending (REC X1) for a new placement (RNE P, B, T or U) gives the reason, a change
	 * of carer's plan (CARPL), unless either placement is temporary (T0 to T4), whose
	 * changes give none (rules 225, 226, 392b, 392d, 434 to 436).
	 */
	private static Map<Journey.LookedAfter, Placement> placements(String id, List<Journey.LookedAfter> all) {
		List<Journey.LookedAfter> episodes = all.stream()
			.filter((episode) -> episode.start != null)
			.sorted(java.util.Comparator.comparing((Journey.LookedAfter episode) -> episode.start))
			.toList();
		int child = Math.floorMod(id.hashCode(), 100_000);
		String home = postcode("LE", child);
		Map<Journey.LookedAfter, Placement> placements = new java.util.IdentityHashMap<>();
		int placement = 0;
		for (int index = 0; index < episodes.size(); index++) {
			Journey.LookedAfter episode = episodes.get(index);
			if (index > 0 && !"L".equals(episode.reasonForNewEpisode)) {
				placement++;
			}
			String postcode = "P1".equals(episode.placementType) ? home : postcode("NG", child * 64 + placement);
			Journey.LookedAfter next = (index + 1 < episodes.size()) ? episodes.get(index + 1) : null;
			boolean changed = next != null && "X1".equals(episode.reasonCeased) && episode.end != null
					&& Set.of("P", "B", "T", "U").contains(text(next.reasonForNewEpisode))
					&& !temporary(episode.placementType) && !temporary(next.placementType);
			placements.put(episode, new Placement(home, postcode, changed ? "CARPL" : ""));
		}
		return placements;
	}

	private static boolean temporary(@Nullable String placementType) {
		return placementType != null && placementType.matches("T[0-4]");
	}

	/**
	 * A postcode of an area, the n-th of the generator's own: the district a digit, the
	 * inward code a digit and two letters.
	 */
	private static String postcode(String area, int n) {
		String letters = "ABDEFGHJLNPQRSTUWXYZ";
		int count = letters.length();
		return area + (1 + Math.floorMod(n / (10 * count * count), 9)) + " " + Math.floorMod(n, 10)
				+ letters.charAt(Math.floorMod(n / 10, count)) + letters.charAt(Math.floorMod(n / (10 * count), count));
	}

	/**
	 * Whether a care leaver was a relevant child (rule 1001): looked after at least 13
	 * weeks since the 14th birthday, a day of it since the 16th, and not adopted at the
	 * end, counted over the episodes up to the year's end.
	 */
	private static boolean relevant(Journey.Child child, @Nullable LocalDate birth, LocalDate referenceDate) {
		if (birth == null) {
			return false;
		}
		long since14 = 0;
		long since16 = 0;
		Journey.LookedAfter last = null;
		for (Journey.LookedAfter episode : child.lookedAfter) {
			if (episode.start == null || episode.start.isAfter(referenceDate)) {
				continue;
			}
			LocalDate end = (episode.end == null || episode.end.isAfter(referenceDate)) ? referenceDate : episode.end;
			since14 += Math.max(0,
					java.time.temporal.ChronoUnit.DAYS.between(later(episode.start, birth.plusYears(14)), end));
			since16 += Math.max(0,
					java.time.temporal.ChronoUnit.DAYS.between(later(episode.start, birth.plusYears(16)), end));
			if (last == null || episode.start.isAfter(last.start)) {
				last = episode;
			}
		}
		boolean adopted = last != null && ("E11".equals(last.reasonCeased) || "E12".equals(last.reasonCeased));
		return !adopted && since14 >= 91 && since16 >= 1;
	}

	private static LocalDate later(LocalDate first, LocalDate second) {
		return first.isAfter(second) ? first : second;
	}

	/**
	 * Whether the child was looked after at some time from a day to the year's end: the
	 * care leavers the two years' returns show (rule 1002 sees only this year's episodes
	 * and last year's).
	 */
	private static boolean lookedAfterSince(Journey.Child child, LocalDate from, LocalDate referenceDate) {
		for (Journey.LookedAfter episode : child.lookedAfter) {
			if (overlaps(episode.start, episode.end, from, referenceDate)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the child was looked after on a 17th or 18th birthday in the year: the DfE
	 * asks no care leaver's items of them that year (rule 1007).
	 */
	private static boolean stillLookedAfterOnBirthday(Journey.Child child, @Nullable LocalDate birth,
			LocalDate yearStart, LocalDate referenceDate) {
		if (birth == null) {
			return false;
		}
		for (int age = 17; age <= 18; age++) {
			LocalDate birthday = birth.plusYears(age);
			if (birthday.isBefore(yearStart) || birthday.isAfter(referenceDate)) {
				continue;
			}
			for (Journey.LookedAfter episode : child.lookedAfter) {
				if (episode.start != null && !episode.start.isAfter(birthday)
						&& (episode.end == null || episode.end.isAfter(birthday))) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Whether something that began on a day (and ended on another, or goes on) falls at
	 * least partly in the year: a return holds only what was open during its year.
	 */
	private static boolean overlaps(@Nullable LocalDate start, @Nullable LocalDate end, LocalDate yearStart,
			LocalDate referenceDate) {
		return start != null && !start.isAfter(referenceDate) && (end == null || !end.isBefore(yearStart));
	}

	private static CSVPrinter printer(Path file, String... columns) throws IOException {
		Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		return CSVFormat.DEFAULT.builder().setHeader(columns).get().print(writer);
	}

	private static String date(@Nullable LocalDate date) {
		return (date != null) ? date.format(UK_DATE) : "";
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

	/**
	 * A placement type as the return of a year codes it: semi-independent living (H5) is
	 * written as supported accommodation (K3) from 2024-25, when the DfE's code for it
	 * came in (and H5 left the codes of 2025-26).
	 */
	private static String placementType(@org.jspecify.annotations.Nullable String type, LocalDate referenceDate) {
		return ("H5".equals(type) && referenceDate.getYear() >= 2025) ? "K3" : text(type);
	}

}
