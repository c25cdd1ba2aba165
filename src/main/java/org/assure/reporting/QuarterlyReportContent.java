package org.assure.reporting;

import java.time.Instant;
import java.util.List;

import org.assure.indicators.Evidence;
import org.jspecify.annotations.Nullable;

/**
 * What a quarterly performance report says, already in words, so that the HTML, the PDF
 * and the DOCX say exactly the same thing.
 *
 * @param partnership the partnership's name
 * @param period the period's code
 * @param periodLabel the period as people read it
 * @param themes the themes chosen, in words
 * @param generatedAt when the report was made
 * @param generatedBy who asked for it
 * @param red how many indicators are red
 * @param concerning how many show special cause concerning
 * @param noData how many have no value
 * @param cards the sub-groups' report cards for the quarter
 * @param exceptions the exception report, for the themes chosen
 * @param sections the themes and their indicators
 */
public record QuarterlyReportContent(String partnership, String period, String periodLabel, List<String> themes,
		Instant generatedAt, String generatedBy, long red, long concerning, long noData, List<ReportCards.Card> cards,
		List<ExceptionReport.Flagged> exceptions, List<Section> sections) {

	/**
	 * A theme's part of the report.
	 *
	 * @param theme the theme in words
	 * @param items its indicators
	 * @param evidence the audits, reviews and voices recorded on the theme, newest first
	 */
	public record Section(String theme, List<Item> items, List<Evidence.Item> evidence) {
	}

	/**
	 * One indicator in the report.
	 *
	 * @param row the dashboard's row for it
	 * @param chartSvg the SPC chart
	 * @param chartDescription what the chart shows, in words, for its alternative text
	 * @param findings what the analysis finds
	 * @param commentaryPeriod the period the owner's commentary is about
	 * @param commentary the owner's commentary for that period, or null when none is
	 * written
	 * @param values the latest values, oldest first
	 */
	public record Item(DashboardRow row, String chartSvg, String chartDescription, List<String> findings,
			String commentaryPeriod, @Nullable Commentary commentary, List<Value> values) {

		/**
		 * The chart with its description as its alternative text.
		 * @return the chart
		 */
		public String chartWithAlt() {
			return Charts.withAlt(this.chartSvg, this.chartDescription);
		}

	}

	/**
	 * The owner's commentary.
	 *
	 * @param what what the figures show
	 * @param soWhat what it means for children
	 * @param whatNext what will be done, by whom and when
	 * @param writtenBy who wrote it
	 */
	public record Commentary(String what, String soWhat, String whatNext, String writtenBy) {
	}

	/**
	 * One value of an indicator's series.
	 *
	 * @param period the period in words
	 * @param value the value in words
	 * @param rag its rating in words
	 */
	public record Value(String period, String value, String rag) {
	}

	/**
	 * The number of indicators in the report.
	 * @return the count
	 */
	public int indicatorCount() {
		return this.sections.stream().mapToInt((section) -> section.items().size()).sum();
	}

}
