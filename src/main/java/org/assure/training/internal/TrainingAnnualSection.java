package org.assure.training.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assure.calendar.ReportingPeriod;
import org.assure.reporting.AnnualReportContent;
import org.assure.reporting.AnnualReportContent.Block;
import org.assure.reporting.AnnualReportContent.Paragraph;
import org.assure.reporting.AnnualReportContent.Span;
import org.assure.reporting.AnnualReportContent.Trace;
import org.assure.reporting.AnnualReportPart;
import org.assure.reporting.AnnualReportSection;
import org.assure.training.Course;
import org.assure.training.Training;
import org.assure.training.WorkforceSector;

import org.springframework.stereotype.Component;

/**
 * Multi-agency training's part of the annual report: the courses run, attendances and
 * no-shows against the same months of the year before, and the attendances by workforce
 * sector, from the bookings recorded.
 */
@Component
class TrainingAnnualSection implements AnnualReportSection {

	private final Training training;

	TrainingAnnualSection(Training training) {
		this.training = training;
	}

	@Override
	public AnnualReportPart part() {
		return AnnualReportPart.TRAINING;
	}

	@Override
	public Optional<AnnualReportContent.Contribution> contribute(long partnershipId,
			ReportingPeriod.FinancialYear year) {
		Training.Report report = this.training.report(partnershipId, year);
		Training.Comparison comparison = report.comparison();
		Trace trace = new Trace("Multi-agency training courses and the bookings on them", year.label(),
				"courses and bookings recorded in Assure", "/training/reports?year=" + year.code());
		List<Block> blocks = new ArrayList<>();
		if (report.courses().isEmpty()) {
			blocks.add(Paragraph.of("No multi-agency course is recorded in Assure for " + year.label() + "."));
			return Optional.of(new AnnualReportContent.Contribution("", blocks));
		}
		List<Span> spans = new ArrayList<>(List.of(Span.words("The partnership ran "),
				Span.figure(String.valueOf(report.courses().size()), trace),
				Span.words(" multi-agency courses in " + year.label() + ". Over the "
						+ (comparison.months() == 12 ? "year" : "first " + comparison.months() + " months") + ", "),
				Span.count(comparison.attended(), trace), Span.words(" places were attended and "),
				Span.count(comparison.noShows(), trace), Span.words(" booked places were not used without notice")));
		if (comparison.lastAttended() != null) {
			spans.add(Span.words(", against "));
			spans.add(Span.count(comparison.lastAttended(), trace));
			spans.add(Span.words(" attended in the same months of the year before"));
		}
		spans.add(Span.words("."));
		blocks.add(new Paragraph(spans));
		Map<String, int[]> byTheme = new LinkedHashMap<>();
		for (Course course : report.courses()) {
			int[] sums = byTheme.computeIfAbsent(course.theme(), (theme) -> new int[4]);
			sums[0]++;
			sums[1] += course.places();
			sums[2] += course.attended();
			sums[3] += course.noShows();
		}
		List<List<Span>> rows = new ArrayList<>();
		byTheme.forEach((theme,
				sums) -> rows.add(List.of(Span.words(theme), Span.figure(String.valueOf(sums[0]), trace),
						Span.figure(String.valueOf(sums[1]), trace), Span.count(sums[2], trace),
						Span.count(sums[3], trace))));
		blocks.add(new AnnualReportContent.Grid("Courses run in the year, by theme",
				List.of("Theme", "Courses", "Places", "Attended", "No-shows"), rows));
		Map<String, Integer> sectors = new LinkedHashMap<>();
		report.sectors().forEach((WorkforceSector sector, Integer n) -> sectors.put(sector.label(), n));
		blocks.add(AnnualReportContent.CountTable.byCategory("Attendances by workforce sector", "Sector", "Attendances",
				sectors, trace));
		return Optional.of(new AnnualReportContent.Contribution("", blocks));
	}

}
