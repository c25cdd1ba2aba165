package org.assure.complaints.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assure.calendar.ReportingPeriod;
import org.assure.calendar.WorkingDays;
import org.assure.complaints.ComplainantCategory;
import org.assure.complaints.ComplaintOutcome;
import org.assure.complaints.ComplaintReason;
import org.assure.complaints.Complaints;
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

	private final Complaints complaints;

	private final WorkingDays workingDays;

	ComplaintsDemoLoader(Complaints complaints, WorkingDays workingDays) {
		this.complaints = complaints;
		this.workingDays = workingDays;
	}

	@EventListener
	@Order(41)
	@Transactional
	void load(DemoPartnershipReady ready) {
		long partnershipId = ready.partnershipId();
		if (this.complaints.countReceived(partnershipId,
				org.assure.calendar.ReportingPeriod.FinancialYear.starting(2014)) > 0) {
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
			refuse(this.complaints.commend(partnershipId, first.plusDays(span * i / (commended.size() - 1)),
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
