package org.assure.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.assure.calendar.ReportingPeriod;
import org.assure.partnership.Partnerships;
import org.assure.reporting.AnnualReportContent.Block;
import org.assure.reporting.AnnualReportContent.Contribution;
import org.assure.reporting.AnnualReportContent.Paragraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gathers what an annual report says: for each part of the template, the board's own
 * words for it (the latest version written) and then what each module gives it from its
 * records; a part no module fills and nobody has written says that nothing is recorded,
 * never a made-up figure.
 */
@Component
public class AnnualReportBuilder {

	private static final Logger logger = LoggerFactory.getLogger(AnnualReportBuilder.class);

	private final List<AnnualReportSection> sections;

	private final Partnerships partnerships;

	private final JdbcClient jdbc;

	AnnualReportBuilder(List<AnnualReportSection> sections, Partnerships partnerships, JdbcClient jdbc) {
		this.sections = sections.stream()
			.sorted(Comparator.comparingInt(AnnualReportSection::order)
				.thenComparing((section) -> section.getClass().getName()))
			.toList();
		this.partnerships = partnerships;
		this.jdbc = jdbc;
	}

	/** Told how far the report has got. */
	@FunctionalInterface
	public interface Progress {

		/**
		 * Progress so far.
		 * @param done parts done
		 * @param total parts in all
		 * @param step what is being done now
		 */
		void progressed(int done, int total, String step);

	}

	/**
	 * The report's content.
	 * @param partnershipId the partnership
	 * @param year the financial year
	 * @param template the template
	 * @param progress told as each part is gathered
	 * @return the content
	 */
	AnnualReportContent.Report build(long partnershipId, ReportingPeriod.FinancialYear year,
			AnnualReportTemplate template, Progress progress) {
		Map<AnnualReportPart, String> written = written(partnershipId, year);
		List<AnnualReportContent.Part> parts = new ArrayList<>();
		List<AnnualReportPart> order = template.parts();
		int done = 0;
		for (AnnualReportPart part : order) {
			progress.progressed(done++, order.size(),
					"Gathering " + template.title(part).toLowerCase(java.util.Locale.UK));
			List<Contribution> contributions = new ArrayList<>();
			String text = written.get(part);
			if (text != null) {
				contributions.add(new Contribution("", paragraphs(text)));
			}
			for (AnnualReportSection section : this.sections) {
				if (section.part() == part) {
					section.contribute(partnershipId, year).ifPresent(contributions::add);
				}
			}
			if (contributions.isEmpty()) {
				contributions.add(Contribution.nothingRecorded("", nothing(part, template, year)));
			}
			parts.add(new AnnualReportContent.Part(part, template.title(part), List.copyOf(contributions)));
		}
		progress.progressed(order.size(), order.size(), "Gathered");
		String name = this.partnerships.findById(partnershipId).map((p) -> p.name()).orElse("");
		logger.debug("Annual report {} of partnership {} gathered", year.code(), partnershipId);
		return new AnnualReportContent.Report(name, year.code(), year.label(), template, List.copyOf(parts), List.of());
	}

	private static String nothing(AnnualReportPart part, AnnualReportTemplate template,
			ReportingPeriod.FinancialYear year) {
		return switch (part) {
			case FOREWORD -> "The foreword has not been written yet.";
			case CHALLENGES -> "The challenges for the year ahead have not been written yet.";
			default -> "No data is recorded in Assure for " + template.title(part).toLowerCase(java.util.Locale.UK)
					+ " in " + year.label() + ".";
		};
	}

	/**
	 * Text written for the report, as paragraphs: a blank line between paragraphs.
	 * @param text the text
	 * @return the paragraphs
	 */
	static List<Block> paragraphs(String text) {
		List<Block> blocks = new ArrayList<>();
		for (String paragraph : text.strip().split("\\R\\s*\\R")) {
			if (!paragraph.isBlank()) {
				blocks.add(Paragraph.of(paragraph.strip().replaceAll("\\s*\\R\\s*", " ")));
			}
		}
		return blocks;
	}

	/**
	 * The latest text written for each part of a year's report.
	 * @param partnershipId the partnership
	 * @param year the year
	 * @return the texts by part
	 */
	Map<AnnualReportPart, String> written(long partnershipId, ReportingPeriod.FinancialYear year) {
		Map<AnnualReportPart, String> texts = new EnumMap<>(AnnualReportPart.class);
		this.jdbc.sql("""
				select part, body from annual_report_text where partnership_id = ? and year_code = ?
				order by text_id""")
			.params(partnershipId, year.code())
			.query((org.springframework.jdbc.core.RowCallbackHandler) (rs) -> {
				try {
					texts.put(AnnualReportPart.valueOf(rs.getString(1)), rs.getString(2));
				}
				catch (IllegalArgumentException ex) {
					logger.warn("Annual report text for an unknown part {} is ignored", rs.getString(1));
				}
			});
		texts.values().removeIf(String::isBlank);
		return texts;
	}

}
