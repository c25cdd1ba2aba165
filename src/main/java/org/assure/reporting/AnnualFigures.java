package org.assure.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.assure.calendar.ReportingPeriod;
import org.assure.indicators.Indicator;
import org.assure.indicators.IndicatorValue;
import org.assure.reporting.AnnualReportContent.Paragraph;
import org.assure.reporting.AnnualReportContent.Span;
import org.assure.reporting.AnnualReportContent.Trace;
import org.jspecify.annotations.Nullable;

/**
 * The annual report's generated sentences: an indicator's value for the year, stated with
 * its change on the year before ("2,267 children in need at 31 March 2015, up 18% from
 * 1,920 a year earlier"), every figure a span that keeps its counts and its source.
 */
public final class AnnualFigures {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final String AT_END = " at the end of the period";

	private AnnualFigures() {
	}

	/**
	 * Where an indicator's value comes from.
	 * @param indicator the indicator
	 * @param value its value
	 * @param year the year
	 * @return the trace
	 */
	public static Trace trace(Indicator indicator, IndicatorValue value, ReportingPeriod.FinancialYear year) {
		String batches = FigureSources.publishedSource(value.batches())
			.orElse(value.batches().isBlank() ? "returns and records held in Assure"
					: "import batches " + value.batches().replace(",", ", "));
		return new Trace(indicator.name() + ": " + indicator.definition(), year.label(), batches,
				"/indicators/" + indicator.code() + "?period=" + year.code());
	}

	/**
	 * The sentence for an indicator's year.
	 * @param indicator the indicator
	 * @param year the year
	 * @param value the year's value, or null when none is held
	 * @param before the year before's value, or null when none is held
	 * @return the paragraph
	 */
	public static Paragraph sentence(Indicator indicator, ReportingPeriod.FinancialYear year,
			@Nullable IndicatorValue value, @Nullable IndicatorValue before) {
		ReportingPeriod.FinancialYear last = ReportingPeriod.FinancialYear.starting(year.startYear() - 1);
		List<Span> spans = new ArrayList<>();
		String name = indicator.name();
		boolean atEnd = name.endsWith(AT_END);
		if (value == null || value.value() == null) {
			String why = (value != null && value.withheld() != null) ? value.withheld()
					: "no value is recorded in Assure";
			spans.add(Span.words(name + " in " + year.label() + ": not given (" + lowerFirst(why) + ")."));
			return new Paragraph(spans);
		}
		Trace trace = trace(indicator, value, year);
		Trace beforeTrace = (before != null && before.value() != null) ? trace(indicator, before, last) : null;
		if (indicator.percent()) {
			spans.add(Span.words(name + ": "));
			spans.add(percentSpan(value, trace));
			spans.add(Span.words(" in " + year.label()));
			if (value.denominator() != null) {
				spans.add(Span.words(" ("));
				spans.add(Span.count(value.numerator(), trace));
				spans.add(Span.words(" of "));
				spans.add(Span.count(value.denominator(), trace));
				spans.add(Span.words(")"));
			}
			if (beforeTrace != null) {
				double points = round1(value.value()) - round1(before.value());
				spans.add(Span.words(changeInPoints(points)));
				spans.add(percentSpan(before, beforeTrace));
				spans.add(Span.words(" in " + last.label()));
			}
			spans.add(Span.words("."));
			return new Paragraph(spans);
		}
		long count = Math.round(value.value());
		if (atEnd) {
			String what = name.substring(0, name.length() - AT_END.length());
			spans.add(Span.count(count, trace));
			spans.add(Span.words(" " + lowerFirst(what) + " at " + DAY.format(year.end())));
		}
		else {
			spans.add(Span.words(name + ": "));
			spans.add(Span.count(count, trace));
			spans.add(Span.words(" in " + year.label()));
		}
		if (beforeTrace != null) {
			long was = Math.round(before.value());
			spans.add(Span.words(change(count, was)));
			spans.add(Span.count(was, beforeTrace));
			spans.add(Span.words(atEnd ? " a year earlier" : " in " + last.label()));
		}
		spans.add(Span.words("."));
		return new Paragraph(spans);
	}

	private static Span percentSpan(IndicatorValue value, Trace trace) {
		String shown = String.format(Locale.UK, "%.1f%%", round1(value.value()));
		List<Long> counts = (value.denominator() != null)
				? List.of(value.numerator(), value.denominator() - value.numerator()) : List.of();
		return new Span(shown, counts, trace);
	}

	/**
	 * The words for a count's change on the year before.
	 * @param now this year's count
	 * @param was last year's count
	 * @return such as ", up 18% from ", ", down 2.5% from " or ", the same as "
	 */
	public static String change(long now, long was) {
		if (now == was) {
			return ", the same as ";
		}
		if (was == 0) {
			return ", up from ";
		}
		double percent = (now - was) * 100.0 / was;
		double size = Math.abs(percent);
		String shown = (size < 10) ? BigDecimal.valueOf(size).setScale(1, RoundingMode.HALF_UP).toPlainString()
				: BigDecimal.valueOf(size).setScale(0, RoundingMode.HALF_UP).toPlainString();
		return ((now > was) ? ", up " : ", down ") + shown + "% from ";
	}

	/**
	 * The words for a percentage's change in points.
	 * @param points the change, to one decimal place
	 * @return such as ", up 1.2 percentage points from "
	 */
	public static String changeInPoints(double points) {
		double rounded = round1(points);
		if (rounded == 0) {
			return ", the same as ";
		}
		String shown = String.format(Locale.UK, "%.1f", Math.abs(rounded));
		return ((rounded > 0) ? ", up " : ", down ") + shown + " percentage points from ";
	}

	private static double round1(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
	}

	private static String lowerFirst(String text) {
		if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))) {
			return Character.toLowerCase(text.charAt(0)) + text.substring(1);
		}
		return text;
	}

}
