package org.assure.training.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.assure.calendar.ReportingPeriod.FinancialYear;
import org.assure.partnership.DemoPartnershipReady;
import org.assure.training.CourseKind;
import org.assure.training.Training;
import org.assure.training.WorkforceSector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode's 2014-15 training programme, built through the module's own steps from the
 * seed's figures (lines 849-869): 63 courses and events on 17 themes across the year (the
 * seed's projection, taken as delivered); in the nine months from April to December, 847
 * practitioners attended and 64 did not (7.0%), 43% of them working in the city alone,
 * 19% in both areas and 12% in adult social and health care; and 2013-14's figures for
 * the same months as earlier figures with their source. The seed names three of the
 * themes, gives no other sector, no competency levels and no evaluation scores, so the
 * demo records none of them: docs/training.md says so. Days are illustrative.
 */
@Component
class TrainingDemoLoader {

	private static final Logger logger = LoggerFactory.getLogger(TrainingDemoLoader.class);

	private static final String SOURCE = "Annual report 2014-15, seed lines 849-869 (days illustrative)";

	private static final int COURSES = 63;

	private static final int THEMES = 17;

	/** The courses of April to December, with the attendance the seed counts. */
	private static final int NINE_MONTH_COURSES = 47;

	private static final int ATTENDED = 847;

	private static final int NO_SHOWS = 64;

	private static final int ADULT_SERVICES = 102;

	private static final int CITY_ONLY = 364;

	private static final int BOTH = 161;

	private final Training training;

	TrainingDemoLoader(Training training) {
		this.training = training;
	}

	@EventListener
	@Order(43)
	@Transactional
	void load(DemoPartnershipReady ready) {
		long partnershipId = ready.partnershipId();
		if (this.training.courses(partnershipId)
			.stream()
			.anyMatch((c) -> FinancialYear.starting(2014).contains(c.runsOn()))) {
			return;
		}
		List<String> themes = new ArrayList<>(
				List.of("Child sexual exploitation", "Neglect", "Assessing effectiveness and competency"));
		for (int n = themes.size() + 1; n <= THEMES; n++) {
			themes.add("Programme theme " + n + " (not named in the seed)");
		}
		List<String> areas = this.training.settings().areas();
		List<Long> courses = new ArrayList<>();
		for (int i = 0; i < COURSES; i++) {
			boolean nineMonths = i < NINE_MONTH_COURSES;
			LocalDate runsOn = nineMonths ? LocalDate.of(2014, 4, 7).plusDays(i * 270L / NINE_MONTH_COURSES)
					: LocalDate.of(2015, 1, 12)
						.plusDays((i - NINE_MONTH_COURSES) * 75L / (COURSES - NINE_MONTH_COURSES));
			Training.Created created = this.training.addCourse(partnershipId,
					new Training.NewCourse("Multi-agency course " + (i + 1), themes.get(i % THEMES),
							(i % 9 == 8) ? CourseKind.EVENT : CourseKind.COURSE, runsOn, "A partner agency", 25,
							SOURCE),
					"demo");
			refuse(created.problems());
			courses.add(Objects.requireNonNull(created.id()));
		}
		int places = ATTENDED + NO_SHOWS;
		Map<Long, Map<Long, Boolean>> marks = new LinkedHashMap<>();
		int attendee = 0;
		for (int n = 0; n < places; n++) {
			long course = courses.get(n * NINE_MONTH_COURSES / places);
			boolean attended = (n * 17 % places) >= NO_SHOWS;
			int who = attended ? attendee++ * 29 % ATTENDED : ATTENDED - 1;
			WorkforceSector sector = (attended && who < ADULT_SERVICES) ? WorkforceSector.ADULT_SERVICES
					: WorkforceSector.NOT_RECORDED;
			String area = areas.get((who < CITY_ONLY) ? 0 : (who < CITY_ONLY + BOTH) ? 2 : 1);
			LocalDate runsOn = this.training.course(partnershipId, course).orElseThrow().runsOn();
			Training.Created booked = this.training.book(partnershipId, course,
					new Training.NewBooking("DEMO-TRAINEE-" + (n + 1), sector, area, null, runsOn.minusDays(14)),
					"demo");
			refuse(booked.problems());
			marks.computeIfAbsent(course, (k) -> new LinkedHashMap<>())
				.put(Objects.requireNonNull(booked.id()), attended);
		}
		marks.forEach((course, each) -> this.training.attendance(partnershipId, course, each, "demo"));
		refuse(this.training.giveEarlierYear(partnershipId, FinancialYear.starting(2013), 9, 792, 108, 48,
				"Annual report 2014-15, seed lines 862-869: 792 is the 847 less its 7% increase, 108 gives its 12% "
						+ "no-shows and 48 its 6% from adult services",
				"demo"));
		logger.info("Demo training: {} courses on {} themes, {} attended and {} did not in April to December 2014",
				COURSES, THEMES, ATTENDED, NO_SHOWS);
	}

	private static void refuse(Map<String, String> problems) {
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Demo training refused: " + problems);
		}
	}

}
