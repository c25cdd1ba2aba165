package org.assure.training.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assure.calendar.ReportingPeriod;
import org.assure.calendar.YearChoice;
import org.assure.corrections.Corrections;
import org.assure.partnership.AssureUser;
import org.assure.reporting.Charts;
import org.assure.shell.Allowed;
import org.assure.shell.BoardFunction;
import org.assure.shell.CsvUploads;
import org.assure.shell.FormRedirects;
import org.assure.shell.NavigationItem;
import org.assure.shell.Operation;
import org.assure.shell.RecordNotFoundException;
import org.assure.shell.Resource;
import org.assure.training.Booking;
import org.assure.training.BookingStatus;
import org.assure.training.Course;
import org.assure.training.CourseKind;
import org.assure.training.EvaluationStage;
import org.assure.training.IllegalTrainingMoveException;
import org.assure.training.Objectives;
import org.assure.training.Training;
import org.assure.training.TrainingCsv;
import org.assure.training.TrainingFigures;
import org.assure.training.WorkforceSector;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.assure.shell.FormFields.choice;
import static org.assure.shell.FormFields.date;
import static org.assure.shell.FormFields.noProblemsYet;
import static org.assure.shell.FormFields.wholeNumber;

/**
 * The multi-agency training programme: board managers and administrators keep it; the
 * year's report is read by board members and sub-group chairs too.
 */
@Controller
class TrainingController {

	private final Training training;

	private final TrainingCsv csv;

	TrainingController(Training training, TrainingCsv csv) {
		this.training = training;
		this.csv = csv;
	}

	@GetMapping("/training/import")
	@Allowed(resource = Resource.TRAINING, operation = Operation.WRITE)
	String importForm(Model model) {
		CsvUploads.form(model, TrainingCsv.COLUMNS);
		return "training/import";
	}

	@PostMapping("/training/import")
	@Allowed(resource = Resource.TRAINING, operation = Operation.WRITE)
	String importFile(@AuthenticationPrincipal AssureUser user,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			RedirectAttributes redirect) throws java.io.IOException {
		return CsvUploads.take(file, "rows", TrainingCsv.COLUMNS,
				(reader, name) -> this.csv.importCsv(user.requirePartnershipId(), reader, name, user.getUsername()),
				model, redirect, "redirect:/training", "training/import");
	}

	@GetMapping("/training")
	@Allowed(resource = Resource.TRAINING, operation = Operation.READ)
	String programme(@AuthenticationPrincipal AssureUser user, Model model) {
		long partnershipId = user.requirePartnershipId();
		model.addAttribute("courses", this.training.courses(partnershipId));
		model.addAttribute("earlier", this.training.earlierYears(partnershipId));
		model.addAttribute("kinds", CourseKind.values());
		noProblemsYet(model);
		return "training/programme";
	}

	@PostMapping("/training/courses")
	@Allowed(resource = Resource.TRAINING, operation = Operation.WRITE)
	String addCourse(@AuthenticationPrincipal AssureUser user, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		Map<String, String> problems = new LinkedHashMap<>();
		Training.NewCourse course = course(params, problems);
		Long id = null;
		if (problems.isEmpty()) {
			Training.Created created = this.training.addCourse(user.requirePartnershipId(), course, user.getUsername());
			problems.putAll(created.problems());
			id = created.id();
		}
		return FormRedirects.back(redirect, problems, params, "Course put on the programme",
				(id != null) ? "redirect:/training/courses/" + id : "redirect:/training");
	}

	@GetMapping("/training/courses/{id}")
	@Allowed(resource = Resource.TRAINING, operation = Operation.READ)
	String course(@AuthenticationPrincipal AssureUser user, @PathVariable long id, Model model) {
		long partnershipId = user.requirePartnershipId();
		Course course = this.training.course(partnershipId, id).orElseThrow(RecordNotFoundException::new);
		List<Booking> bookings = this.training.bookings(partnershipId, id);
		model.addAttribute("c", course);
		model.addAttribute("bookings", bookings);
		model.addAttribute("open", bookings.stream().filter((b) -> b.status() == BookingStatus.BOOKED).toList());
		model.addAttribute("hasRun", !course.runsOn().isAfter(this.training.today()));
		model.addAttribute("evaluations", this.training.evaluations(partnershipId, id));
		model.addAttribute("corrections", this.training.corrections(partnershipId, id));
		addChoices(model);
		noProblemsYet(model);
		return "training/course";
	}

	@PostMapping("/training/courses/{id}/bookings")
	@Allowed(resource = Resource.TRAINING, operation = Operation.WRITE)
	String book(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = require(user, id);
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate on = date(params, "bookedOn", problems);
		Integer level = wholeNumber(params, "competencyLevel", problems);
		if (problems.isEmpty()) {
			problems.putAll(
					this.training
						.book(partnershipId, id,
								new Training.NewBooking(params.getOrDefault("attendee", ""),
										choice(WorkforceSector.class, params, "sector"),
										params.getOrDefault("area", ""), level, on),
								user.getUsername())
						.problems());
		}
		params.remove("attendee");
		return back(redirect, problems, params, "Place booked", id);
	}

	@PostMapping("/training/courses/{id}/attendance")
	@Allowed(resource = Resource.TRAINING, operation = Operation.WRITE)
	String attendance(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = require(user, id);
		Map<Long, Boolean> marks = new LinkedHashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith("mark.") && !value.isBlank()) {
				try {
					marks.put(Long.valueOf(name.substring(5)), "ATTENDED".equals(value));
				}
				catch (NumberFormatException ex) {
					// not a booking's mark: ignored
				}
			}
		});
		Map<String, String> problems = new LinkedHashMap<>();
		if (marks.isEmpty()) {
			problems.put("attendance", "Mark at least one booking as attended or did not attend");
		}
		else {
			try {
				this.training.attendance(partnershipId, id, marks, user.getUsername());
			}
			catch (IllegalTrainingMoveException | IllegalArgumentException ex) {
				problems.put("attendance", ex.getMessage());
			}
		}
		return back(redirect, problems, params, "Attendance recorded", id);
	}

	@PostMapping("/training/courses/{id}/bookings/{bookingId}/cancel")
	@Allowed(resource = Resource.TRAINING, operation = Operation.WRITE)
	String cancel(@AuthenticationPrincipal AssureUser user, @PathVariable long id, @PathVariable long bookingId,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = require(user, id);
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate on = date(params, "cancelledOn", problems);
		if (problems.isEmpty()) {
			try {
				this.training.cancel(partnershipId, bookingId, (on != null) ? on : this.training.today(),
						user.getUsername());
			}
			catch (IllegalTrainingMoveException | IllegalArgumentException ex) {
				problems.put("cancel", ex.getMessage());
			}
		}
		return back(redirect, problems, params, "Booking cancelled", id);
	}

	@PostMapping("/training/courses/{id}/evaluations")
	@Allowed(resource = Resource.TRAINING, operation = Operation.WRITE)
	String evaluate(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = require(user, id);
		Map<String, String> problems = new LinkedHashMap<>();
		Integer booking = wholeNumber(params, "bookingId", problems);
		LocalDate on = date(params, "evaluatedOn", problems);
		Integer[] scores = { wholeNumber(params, "knowledge", problems), wholeNumber(params, "skills", problems),
				wholeNumber(params, "confidence", problems) };
		if (booking == null && !problems.containsKey("bookingId")) {
			problems.put("bookingId", "Choose the booking the evaluation is for");
		}
		boolean ours = booking != null
				&& this.training.bookings(partnershipId, id).stream().anyMatch((b) -> b.id() == booking);
		if (booking != null && !ours) {
			problems.put("bookingId", "Choose one of this course's bookings");
		}
		if (problems.isEmpty()) {
			try {
				problems.putAll(
						this.training.evaluate(partnershipId, booking, choice(EvaluationStage.class, params, "stage"),
								scores, choice(Objectives.class, params, "objectives"), on, user.getUsername()));
			}
			catch (IllegalTrainingMoveException ex) {
				problems.put("stage", ex.getMessage());
			}
		}
		return back(redirect, problems, params, "Evaluation recorded", id);
	}

	@GetMapping("/training/courses/{id}/edit")
	@Allowed(resource = Resource.TRAINING, operation = Operation.WRITE)
	String edit(@AuthenticationPrincipal AssureUser user, @PathVariable long id, Model model) {
		long partnershipId = user.requirePartnershipId();
		model.addAttribute("c", this.training.course(partnershipId, id).orElseThrow(RecordNotFoundException::new));
		model.addAttribute("corrections", this.training.corrections(partnershipId, id));
		model.addAttribute("kinds", CourseKind.values());
		noProblemsYet(model);
		return "training/course-edit";
	}

	@PostMapping("/training/courses/{id}/edit")
	@Allowed(resource = Resource.TRAINING, operation = Operation.WRITE)
	String correct(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = require(user, id);
		Map<String, String> problems = new LinkedHashMap<>();
		Training.NewCourse change = course(params, problems);
		if (problems.isEmpty()) {
			problems.putAll(this.training.edit(partnershipId, id, change, params.getOrDefault(Corrections.REASON, ""),
					user.getUsername()));
		}
		return FormRedirects.back(redirect, problems, params, "Course corrected",
				"redirect:/training/courses/" + id + (problems.isEmpty() ? "" : "/edit"));
	}

	@PostMapping("/training/courses/{id}/withdraw")
	@Allowed(resource = Resource.TRAINING, operation = Operation.WRITE)
	String withdraw(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam(name = Corrections.REASON, defaultValue = "") String reason, RedirectAttributes redirect) {
		long partnershipId = require(user, id);
		Map<String, String> problems = Corrections
			.asWithdrawal(this.training.withdraw(partnershipId, id, reason, user.getUsername()));
		return FormRedirects.afterWithdrawal(redirect, problems, "Course withdrawn from the programme",
				"redirect:/training/courses/" + id, "redirect:/training");
	}

	@PostMapping("/training/earlier-years")
	@Allowed(resource = Resource.TRAINING, operation = Operation.WRITE)
	String earlierYear(@AuthenticationPrincipal AssureUser user, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		Map<String, String> problems = new LinkedHashMap<>();
		ReportingPeriod.FinancialYear year = YearChoice.typed(params, "year", problems);
		Integer months = wholeNumber(params, "months", problems);
		Integer attended = wholeNumber(params, "attended", problems);
		Integer noShows = wholeNumber(params, "noShows", problems);
		Integer adult = wholeNumber(params, "adultServices", problems);
		if (problems.isEmpty()) {
			problems.putAll(this.training.giveEarlierYear(user.requirePartnershipId(), year, months, attended, noShows,
					adult, params.getOrDefault("source", ""), user.getUsername()));
		}
		return FormRedirects.back(redirect, problems, params, "Earlier figures kept", "redirect:/training");
	}

	@PostMapping("/training/earlier-years/{id}/withdraw")
	@Allowed(resource = Resource.TRAINING, operation = Operation.WRITE)
	String withdrawEarlierYear(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam(name = Corrections.REASON, defaultValue = "") String reason, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		if (this.training.earlierYears(partnershipId).stream().noneMatch((e) -> e.id() == id)) {
			throw new RecordNotFoundException();
		}
		Map<String, String> problems = Corrections
			.asWithdrawal(this.training.withdrawEarlierYear(partnershipId, id, reason, user.getUsername()));
		return FormRedirects.afterWithdrawal(redirect, problems, "Earlier figures withdrawn", "redirect:/training",
				"redirect:/training");
	}

	@GetMapping("/training/reports")
	@Allowed(resource = Resource.TRAINING, operation = Operation.REPORT)
	String reports(@AuthenticationPrincipal AssureUser user,
			@RequestParam(name = "year", required = false) @Nullable String year, Model model) {
		YearChoice choice = YearChoice.of(year, this.training.today());
		if (choice.problem() != null) {
			model.addAttribute("yearError", choice.problem());
		}
		ReportingPeriod.FinancialYear chosen = choice.year();
		Training.Report report = this.training.report(user.requirePartnershipId(), chosen);
		List<String> months = List.of("Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb",
				"Mar");
		model.addAttribute("report", report);
		model.addAttribute("monthChart", Charts.bars("attendance-chart",
				"Attendances by month, this year against last year", months, report.byMonth()));
		model.addAttribute("noShowChart", Charts.lines("no-show-chart", "No-show rate by quarter, in percent",
				List.of("Q1", "Q2", "Q3", "Q4"), report.noShowsByQuarter(), null));
		Map<String, List<@Nullable Double>> curve = new LinkedHashMap<>();
		curve.put("Knowledge", report.evaluation().stream().map(TrainingFigures.StageScores::knowledge).toList());
		curve.put("Skills", report.evaluation().stream().map(TrainingFigures.StageScores::skills).toList());
		curve.put("Confidence", report.evaluation().stream().map(TrainingFigures.StageScores::confidence).toList());
		model.addAttribute("evaluationChart",
				Charts.lines("evaluation-chart", "Average scores from before the course to six months on",
						report.evaluation().stream().map((s) -> s.stage().label()).toList(), curve,
						(double) this.training.settings().scoreMost()));
		model.addAttribute("sectors", WorkforceSector.values());
		model.addAttribute("sectorChart", Charts.horizontalBars("sector-chart", "Attendances by workforce sector",
				java.util.Arrays.stream(WorkforceSector.values()).map(WorkforceSector::label).toList(),
				java.util.Arrays.stream(WorkforceSector.values()).map((s) -> report.sectors().get(s)).toList()));
		model.addAttribute("themeChart", Charts.horizontalBars("theme-chart", "Courses and events by theme",
				List.copyOf(report.themes().keySet()), List.copyOf(report.themes().values())));
		return "training/reports";
	}

	private static Training.NewCourse course(Map<String, String> params, Map<String, String> problems) {
		LocalDate runsOn = date(params, "runsOn", problems);
		Integer places = wholeNumber(params, "places", problems);
		return new Training.NewCourse(params.getOrDefault("title", ""), params.getOrDefault("theme", ""),
				choice(CourseKind.class, params, "kind"), runsOn, params.getOrDefault("provider", ""), places, null);
	}

	private long require(AssureUser user, long id) {
		long partnershipId = user.requirePartnershipId();
		this.training.course(partnershipId, id).orElseThrow(RecordNotFoundException::new);
		return partnershipId;
	}

	private void addChoices(Model model) {
		model.addAttribute("sectors", WorkforceSector.values());
		model.addAttribute("areas", this.training.settings().areas());
		model.addAttribute("levels", this.training.settings().competencyLevels());
		model.addAttribute("stages", EvaluationStage.values());
		model.addAttribute("objectiveChoices", Objectives.values());
		model.addAttribute("scoreMost", this.training.settings().scoreMost());
	}

	private static String back(RedirectAttributes redirect, Map<String, String> problems, Map<String, String> params,
			String success, long id) {
		return FormRedirects.back(redirect, problems, params, success, "redirect:/training/courses/" + id);
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem trainingLink() {
			return new NavigationItem(BoardFunction.CASEWORK, "Training", "/training", Resource.TRAINING,
					Operation.READ);
		}

		@Bean
		NavigationItem trainingReportLink() {
			return new NavigationItem(BoardFunction.CASEWORK, "Training report", "/training/reports", Resource.TRAINING,
					Operation.REPORT);
		}

	}

}
