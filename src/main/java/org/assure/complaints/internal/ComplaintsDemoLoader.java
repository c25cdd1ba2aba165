package org.assure.complaints.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.assure.calendar.ReportingPeriod.FinancialYear;
import org.assure.calendar.WorkingDays;
import org.assure.complaints.Commendations;
import org.assure.complaints.ComplainantCategory;
import org.assure.complaints.ComplaintOutcome;
import org.assure.complaints.ComplaintReason;
import org.assure.complaints.Complaints;
import org.assure.complaints.EarlierYears;
import org.assure.complaints.Ethnicity;
import org.assure.complaints.Gender;
import org.assure.partnership.DemoPartnershipReady;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode's 67 statutory complaints of 2014-15 and 59 commendations, built through the
 * complaints' own moves from the seed's counts (lines 1172-1330): each count below names
 * its seed line. The seed holds no case-level data, so which complaint has which
 * attribute is spread by a fixed stride (each count stays exact) and the days are
 * illustrative; where the seed's own figures disagree, docs/complaints.md says what the
 * demo does.
 */
@Component
class ComplaintsDemoLoader {

	private static final Logger logger = LoggerFactory.getLogger(ComplaintsDemoLoader.class);

	private static final int RECEIVED = 67;

	/**
	 * Stage 1 working days of the 61 answered: 32 within 20, 1,476 in all (24.2 on
	 * average).
	 */
	private static final List<Map.Entry<Integer, Integer>> STAGE1_DAYS = List.of(Map.entry(10, 12), Map.entry(15, 10),
			Map.entry(20, 10), Map.entry(25, 10), Map.entry(35, 10), Map.entry(45, 8), Map.entry(46, 1));

	private static final List<Map.Entry<ComplaintOutcome, Integer>> STAGE1_OUTCOMES = List.of(
			Map.entry(ComplaintOutcome.NOT_UPHELD, 31), Map.entry(ComplaintOutcome.PARTLY_UPHELD, 12),
			Map.entry(ComplaintOutcome.UPHELD, 18));

	private static final List<Map.Entry<ComplaintReason, Integer>> REASONS = List.of(
			Map.entry(ComplaintReason.PRACTICE_DECISION, 27), Map.entry(ComplaintReason.COMMUNICATION, 15),
			Map.entry(ComplaintReason.STAFF_ATTITUDE, 8), Map.entry(ComplaintReason.QUALITY_OF_SERVICE, 5),
			Map.entry(ComplaintReason.DELAY, 4), Map.entry(ComplaintReason.SERVICE_NOT_PROVIDED, 4),
			Map.entry(ComplaintReason.POLICY, 2), Map.entry(ComplaintReason.OTHER, 2));

	private static final List<Map.Entry<String, Integer>> AREAS = List.of(Map.entry("Child in Need service", 32),
			Map.entry("Looked after children", 8), Map.entry("Duty and Advice", 7), Map.entry("Fostering", 6),
			Map.entry("Disabled children", 5), Map.entry("Leaving care", 4), Map.entry("Adoption", 3),
			Map.entry("Residential care", 2));

	private static final List<Map.Entry<Gender, Integer>> GENDERS = List.of(Map.entry(Gender.MALE, 30),
			Map.entry(Gender.FEMALE, 29), Map.entry(Gender.NOT_KNOWN, 8));

	private static final List<Map.Entry<Ethnicity, Integer>> ETHNICITIES = List.of(
			Map.entry(Ethnicity.WHITE_BRITISH, 37), Map.entry(Ethnicity.ASIAN_INDIAN, 1),
			Map.entry(Ethnicity.ASIAN_OTHER, 1), Map.entry(Ethnicity.BLACK_AFRICAN, 1),
			Map.entry(Ethnicity.BLACK_CARIBBEAN, 4), Map.entry(Ethnicity.BLACK_OTHER, 2),
			Map.entry(Ethnicity.NOT_KNOWN, 21));

	private static final List<Map.Entry<ComplainantCategory, Integer>> CATEGORIES = List.of(
			Map.entry(ComplainantCategory.CHILD, 10), Map.entry(ComplainantCategory.PARENT, 50),
			Map.entry(ComplainantCategory.FOSTER_CARER, 3), Map.entry(ComplainantCategory.CARE_LEAVER, 2),
			Map.entry(ComplainantCategory.SPECIAL_GUARDIAN, 2));

	private static final List<Map.Entry<String, Integer>> COMMENDED = List.of(
			Map.entry("Placement and Commissioning", 17), Map.entry("Family Placement and Support", 17),
			Map.entry("Child in Need service", 10), Map.entry("Looked after children", 8),
			Map.entry("Duty and Advice", 5), Map.entry("Complaints and Access to Records", 2));

	private static final List<Map.Entry<String, Integer>> COMMENDERS = List.of(Map.entry("City council staff", 34),
			Map.entry("A service user or family", 16), Map.entry("Police", 5), Map.entry("A head teacher", 2),
			Map.entry("A health visitor", 1), Map.entry("A judge", 1));

	private static final String EARLIER_SOURCE = "Annual report 2014-15, seed lines 1218-1255 and 1283-1326";

	private final Complaints complaints;

	private final Commendations commendations;

	private final EarlierYears earlierYears;

	private final WorkingDays workingDays;

	ComplaintsDemoLoader(Complaints complaints, Commendations commendations, EarlierYears earlierYears,
			WorkingDays workingDays) {
		this.complaints = complaints;
		this.commendations = commendations;
		this.earlierYears = earlierYears;
		this.workingDays = workingDays;
	}

	/**
	 * The seed's figures of the three years before 2014-15 (its equality tables, lines
	 * 1218-1255; complaints received, line 1262; commendations, line 1326), as earlier
	 * figures with their source. The ethnicity tables' second "not declared" row repeats
	 * the gender table's and is left out; the service users of 2012-13 and 2013-14 are
	 * those the seed's disability and looked-after percentages are of (5 = 7%, 39 = 55%
	 * of 71; 4 = 4.9%, 27 = 33.3% of 81).
	 */
	private void loadEarlierYears(long partnershipId) {
		if (!this.earlierYears.all(partnershipId).isEmpty()) {
			return;
		}
		refuse(this.earlierYears.give(partnershipId,
				new EarlierYears.Figures(FinancialYear.starting(2011), null, null, null, null, null,
						counts(Gender.MALE, 38, Gender.FEMALE, 32, Gender.NOT_KNOWN, 14),
						ethnicities(7, 0, 0, 3, 2, 0, 0, 3, 45, 1, 2), EARLIER_SOURCE),
				"demo"));
		refuse(this.earlierYears.give(partnershipId,
				new EarlierYears.Figures(FinancialYear.starting(2012), 61, 39, 71, 5, 39,
						counts(Gender.MALE, 29, Gender.FEMALE, 28, Gender.NOT_KNOWN, 14),
						ethnicities(3, 4, 1, 1, 1, 0, 0, 5, 38, 0, 0), EARLIER_SOURCE),
				"demo"));
		refuse(this.earlierYears.give(partnershipId,
				new EarlierYears.Figures(FinancialYear.starting(2013), 66, 83, 81, 4, 27,
						counts(Gender.MALE, 30, Gender.FEMALE, 22, Gender.NOT_KNOWN, 29),
						ethnicities(1, 2, 0, 3, 0, 0, 0, 3, 27, 0, 2), EARLIER_SOURCE),
				"demo"));
	}

	private static Map<Gender, Integer> counts(Gender a, int na, Gender b, int nb, Gender c, int nc) {
		Map<Gender, Integer> counts = new EnumMap<>(Gender.class);
		counts.put(a, na);
		counts.put(b, nb);
		counts.put(c, nc);
		return counts;
	}

	/**
	 * An ethnicity table in the seed's row order (Bangladeshi, given as 0 every year, and
	 * Chinese or other, likewise, included).
	 */
	private static Map<Ethnicity, Integer> ethnicities(int indian, int pakistani, int asianOther, int african,
			int caribbean, int blackOther, int chinese, int notKnown, int whiteBritish, int irish, int whiteOther) {
		Map<Ethnicity, Integer> counts = new EnumMap<>(Ethnicity.class);
		counts.put(Ethnicity.ASIAN_BANGLADESHI, 0);
		counts.put(Ethnicity.ASIAN_INDIAN, indian);
		counts.put(Ethnicity.ASIAN_PAKISTANI, pakistani);
		counts.put(Ethnicity.ASIAN_OTHER, asianOther);
		counts.put(Ethnicity.BLACK_AFRICAN, african);
		counts.put(Ethnicity.BLACK_CARIBBEAN, caribbean);
		counts.put(Ethnicity.BLACK_OTHER, blackOther);
		counts.put(Ethnicity.CHINESE_OTHER, chinese);
		counts.put(Ethnicity.NOT_KNOWN, notKnown);
		counts.put(Ethnicity.WHITE_BRITISH, whiteBritish);
		counts.put(Ethnicity.WHITE_IRISH, irish);
		counts.put(Ethnicity.WHITE_OTHER, whiteOther);
		return counts;
	}

	@EventListener
	@Order(41)
	@Transactional
	void load(DemoPartnershipReady ready) {
		long partnershipId = ready.partnershipId();
		loadEarlierYears(partnershipId);
		if (this.complaints.countReceived(partnershipId, FinancialYear.starting(2014)) > 0) {
			return;
		}
		List<Integer> days = expand(STAGE1_DAYS);
		List<ComplaintOutcome> outcomes = expand(STAGE1_OUTCOMES);
		List<ComplaintReason> reasons = expand(REASONS);
		List<String> areas = expand(AREAS);
		List<Gender> genders = expand(GENDERS);
		List<Ethnicity> ethnicities = expand(ETHNICITIES);
		List<ComplainantCategory> categories = expand(CATEGORIES);
		LocalDate first = LocalDate.of(2014, 4, 1);
		long span = ChronoUnit.DAYS.between(first, LocalDate.of(2015, 3, 31));
		int answered = 0;
		for (int i = 0; i < RECEIVED; i++) {
			LocalDate received = first.plusDays(span * i / (RECEIVED - 1));
			ComplainantCategory category = categories.get(i * 11 % RECEIVED);
			boolean byChild = category == ComplainantCategory.CHILD;
			// 23 complaints concern two service users (90 in all; seed line 1188), two of
			// them
			// made by children (12 service users; seed line 1192).
			int users = (i % 3 == 0 && i < 69) ? 2 : 1;
			Complaints.Created created = this.complaints.record(partnershipId,
					new Complaints.NewComplaint(received, category, byChild, users, (i % 11 == 4) ? 1 : 0,
							(i * 13 % RECEIVED < 22) ? 1 : 0, genders.get(i * 7 % RECEIVED),
							ethnicities.get(i * 17 % RECEIVED), areas.get(i * 19 % RECEIVED),
							reasons.get(i * 23 % RECEIVED), "Illustrative complaint built from the seed's counts",
							"Annual report 2014-15, seed lines 1188-1311 (days and attributes illustrative)"),
					"demo");
			long id = java.util.Objects.requireNonNull(created.id(),
					() -> "Demo complaint refused: " + created.problems());
			if (i == RECEIVED - 1) {
				continue; // one complaint "remains unanswered at 15th July 2015" (seed
							// line 1263)
			}
			if (i == 5 || i == 20 || i == 40 || i == 55) {
				// four withdrawn before the stage 1 response (seed line 1263)
				refuse(this.complaints.withdrawnByComplainant(partnershipId, id, received.plusDays(5), "demo"));
				continue;
			}
			if (i == 30) {
				// accepted at stage 2, partly upheld within its timescale (seed line
				// 1273)
				refuse(this.complaints.startStage2(partnershipId, id, received, "demo"));
				refuse(this.complaints.respond(partnershipId, id, this.workingDays.plus(received, 20),
						ComplaintOutcome.PARTLY_UPHELD, "demo"));
				continue;
			}
			int taken = days.get(answered * 7 % days.size());
			if (taken > 10 && taken <= 20) {
				refuse(this.complaints.extendStage1(partnershipId, id, "A complex complaint (illustrative)", "demo"));
			}
			LocalDate responded = this.workingDays.plus(received, taken);
			refuse(this.complaints.respond(partnershipId, id, responded, outcomes.get(answered * 5 % outcomes.size()),
					"demo"));
			if (answered == 3) {
				// the one taken from stage 1 to stage 2, still being investigated (seed
				// line 1273)
				refuse(this.complaints.startStage2(partnershipId, id, responded.plusDays(10), "demo"));
			}
			answered++;
		}
		List<String> commended = expand(COMMENDED);
		List<String> commenders = expand(COMMENDERS);
		for (int i = 0; i < commended.size(); i++) {
			refuse(this.commendations.commend(partnershipId, first.plusDays(span * i / (commended.size() - 1)),
					commended.get(i), commenders.get(i * 7 % commenders.size()),
					"Annual report 2014-15, seed lines 1319-1325 (days illustrative)", "demo"));
		}
		logger.info("Demo complaints: {} of 2014-15 and {} commendations", RECEIVED, commended.size());
	}

	private static <T> List<T> expand(List<Map.Entry<T, Integer>> counts) {
		List<T> all = new ArrayList<>();
		counts.forEach((entry) -> {
			for (int n = 0; n < entry.getValue(); n++) {
				all.add(entry.getKey());
			}
		});
		return all;
	}

	private static void refuse(Map<String, String> problems) {
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Demo complaint refused: " + problems);
		}
	}

}
