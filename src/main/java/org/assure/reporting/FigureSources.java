package org.assure.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assure.calendar.ReportingPeriod;
import org.assure.indicators.Analysis;
import org.assure.indicators.Catalogue;
import org.assure.indicators.Indicator;
import org.assure.indicators.IndicatorValue;
import org.assure.indicators.Indicators;
import org.assure.reporting.AnnualReportContent.Paragraph;
import org.assure.reporting.AnnualReportContent.Span;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One source of truth per figure. When another source has published its own value for one
 * of the partnership's indicators and years (the DfE's statistical release against the
 * count Assure makes from the returns, say), the board manager records it; where the two
 * differ, the board chooses which its reports give, and each report then gives that one
 * and says so in a note beside it. Until every difference is settled, the annual report
 * is not approved or published.
 */
@Service
public class FigureSources {

	/** How the source of a published value starts, where a figure's trace names it. */
	static final String PUBLISHED = "Published by ";

	private final JdbcClient jdbc;

	private final Catalogue catalogue;

	private final Indicators indicators;

	private final Clock clock;

	FigureSources(JdbcClient jdbc, Catalogue catalogue, Indicators indicators, Clock clock) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.indicators = indicators;
		this.clock = clock;
	}

	/**
	 * A value another source published, beside Assure's own.
	 *
	 * @param id its number
	 * @param indicatorCode the indicator
	 * @param indicatorName the indicator's name
	 * @param period the year's code
	 * @param periodLabel the year in words
	 * @param assure Assure's value as shown, or null when Assure holds none
	 * @param published the published value as shown
	 * @param source who published it, and where
	 * @param usePublished which the board chose: true the published value, false
	 * Assure's, null not yet chosen
	 * @param note the board's note, or null
	 * @param chosenBy who chose, or null
	 * @param differs whether the two differ as the report shows them
	 */
	public record Figure(long id, String indicatorCode, String indicatorName, String period, String periodLabel,
			@Nullable String assure, String published, String source, @Nullable Boolean usePublished,
			@Nullable String note, @Nullable String chosenBy, boolean differs) {

		/**
		 * Whether the board still has to choose.
		 * @return true when the two differ and no choice is made
		 */
		public boolean undecided() {
			return this.differs && this.usePublished == null;
		}

	}

	private record Row(long id, String code, String period, double value, String source, @Nullable Boolean usePublished,
			@Nullable String note, @Nullable String chosenBy) {
	}

	/**
	 * The indicators a published value may be recorded for, by name.
	 * @param partnershipId the partnership
	 * @return the catalogue's indicators
	 */
	public List<Indicator> reportedIndicators(long partnershipId) {
		return this.catalogue.all(partnershipId)
			.stream()
			.sorted(java.util.Comparator.comparing(Indicator::name))
			.toList();
	}

	/**
	 * Records (or replaces) the value a source published for an indicator's year; a
	 * replaced value's choice is cleared.
	 * @param partnershipId the partnership
	 * @param indicatorCode the indicator
	 * @param period the financial year, such as 2014-15
	 * @param value the value as typed, such as 2,211 or 16.6%
	 * @param source who published it, and where
	 * @param by who records it
	 * @return the broken rules by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> record(long partnershipId, String indicatorCode, String period, String value,
			String source, String by) {
		Map<String, String> problems = new LinkedHashMap<>();
		Optional<Indicator> indicator = this.catalogue.find(partnershipId, indicatorCode.strip());
		if (indicator.isEmpty()) {
			problems.put("indicator", "Choose the indicator the figure is for");
		}
		ReportingPeriod.FinancialYear year = null;
		try {
			year = AnnualReports.year(period);
		}
		catch (IllegalArgumentException ex) {
			problems.put("period", ex.getMessage());
		}
		Double number = number(value);
		if (number == null) {
			problems.put("value", "Enter the published value as a number, such as 2,211 or 16.6");
		}
		if (source.isBlank()) {
			problems.put("source", "Say who published the figure and where, such as the DfE's release and table");
		}
		else if (source.strip().length() > 500) {
			problems.put("source", "Name the source in at most 500 characters");
		}
		if (!problems.isEmpty() || indicator.isEmpty() || year == null || number == null) {
			return problems;
		}
		int changed = this.jdbc.sql("""
				update published_figure set published_value = ?, source = ?, recorded_by = ?, recorded_at = ?,
				       use_published = null, note = null, chosen_by = null, chosen_at = null
				where partnership_id = ? and indicator_code = ? and period_code = ?""")
			.params(number, source.strip(), by, now(), partnershipId, indicator.get().code(), year.code())
			.update();
		if (changed == 0) {
			this.jdbc.sql("""
					insert into published_figure (partnership_id, indicator_code, period_code, published_value, source,
					       recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?)""")
				.params(partnershipId, indicator.get().code(), year.code(), number, source.strip(), by, now())
				.update();
		}
		return Map.of();
	}

	/**
	 * The board's choice between a published value and Assure's.
	 * @param partnershipId the partnership
	 * @param id the published figure
	 * @param use "published" or "assure"
	 * @param note the board's reason, shown in the report's note; may be blank
	 * @param by who chooses
	 * @return the broken rules by field; empty when chosen
	 */
	@Transactional
	public Map<String, String> choose(long partnershipId, long id, String use, String note, String by) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (!"published".equals(use) && !"assure".equals(use)) {
			problems.put("use", "Choose the published figure or Assure's");
		}
		if (note.strip().length() > 2000) {
			problems.put("note", "Write at most 2,000 characters");
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		int changed = this.jdbc.sql("""
				update published_figure set use_published = ?, note = ?, chosen_by = ?, chosen_at = ?
				where partnership_id = ? and figure_id = ?""")
			.params("published".equals(use), note.isBlank() ? null : note.strip(), by, now(), partnershipId, id)
			.update();
		return (changed == 0) ? Map.of("use", "No such published figure") : Map.of();
	}

	/**
	 * The published values for a year's report: the year's and the year before's, each
	 * beside Assure's.
	 * @param partnershipId the partnership
	 * @param year the report's year
	 * @return the figures, by indicator then period
	 */
	public List<Figure> figures(long partnershipId, ReportingPeriod.FinancialYear year) {
		List<Figure> figures = new ArrayList<>();
		Map<String, Map<String, IndicatorValue>> stored = new HashMap<>();
		for (Row row : rows(partnershipId, year)) {
			Optional<Indicator> indicator = this.catalogue.find(partnershipId, row.code());
			if (indicator.isEmpty()) {
				continue;
			}
			IndicatorValue mine = stored
				.computeIfAbsent(row.period(),
						(period) -> VulnerableChildrenSection.byCode(this.indicators.stored(partnershipId, period)))
				.get(row.code());
			Double assure = (mine != null && mine.withheld() == null) ? mine.value() : null;
			String shownAssure = (assure != null) ? Analysis.show(indicator.get(), assure) : null;
			String shownPublished = Analysis.show(indicator.get(), row.value());
			figures.add(new Figure(row.id(), row.code(), indicator.get().name(), row.period(),
					AnnualReports.year(row.period()).label(), shownAssure, shownPublished, row.source(),
					row.usePublished(), row.note(), row.chosenBy(), !same(indicator.get(), assure, row.value())));
		}
		return figures;
	}

	/**
	 * How many differences of a year's report the board has not settled.
	 * @param partnershipId the partnership
	 * @param year the year
	 * @return the count
	 */
	public long undecided(long partnershipId, ReportingPeriod.FinancialYear year) {
		return figures(partnershipId, year).stream().filter(Figure::undecided).count();
	}

	/**
	 * A period's stored values, each replaced by the published one where the board chose
	 * that; the replaced value's batches name the source.
	 * @param partnershipId the partnership
	 * @param period the financial year's code
	 * @param stored the values Assure holds, by indicator
	 * @return the values the reports give, by indicator
	 */
	public Map<String, IndicatorValue> chosen(long partnershipId, String period, Map<String, IndicatorValue> stored) {
		Map<String, IndicatorValue> chosen = new HashMap<>(stored);
		this.jdbc.sql("""
				select indicator_code, published_value, source from published_figure
				where partnership_id = ? and period_code = ? and use_published = true""")
			.params(partnershipId, period)
			.query((org.springframework.jdbc.core.RowCallbackHandler) (rs) -> {
				String code = rs.getString(1);
				double value = rs.getDouble(2);
				String source = PUBLISHED + rs.getString(3);
				this.catalogue.find(partnershipId, code).ifPresent((indicator) -> {
					IndicatorValue mine = stored.get(code);
					long count = Math.round(value);
					chosen.put(code, new IndicatorValue(code, (mine != null) ? mine.version() : indicator.version(),
							period, indicator.percent() ? 0 : count, null, value, 0, source));
				});
			});
		return chosen;
	}

	/**
	 * The notes the figures of a year's report carry, by indicator: for the year and the
	 * year before, each published value that differs from Assure's, with the one the
	 * board chose. Worked out once for a section, whatever the number of its indicators.
	 * @param partnershipId the partnership
	 * @param year the report's year
	 * @return the notes, as paragraphs, by indicator code
	 */
	public Map<String, List<Paragraph>> notes(long partnershipId, ReportingPeriod.FinancialYear year) {
		Map<String, List<Paragraph>> notes = new HashMap<>();
		for (Figure figure : figures(partnershipId, year)) {
			if (!figure.differs()) {
				continue;
			}
			Indicator indicator = this.catalogue.find(partnershipId, figure.indicatorCode()).orElseThrow();
			notes.computeIfAbsent(figure.indicatorCode(), (code) -> new ArrayList<>()).add(note(indicator, figure));
		}
		return notes;
	}

	private static Paragraph note(Indicator indicator, Figure figure) {
		List<Span> spans = new ArrayList<>();
		String what = lowerFirst(figure.indicatorName()) + " in " + figure.periodLabel();
		Span published = shown(indicator, figure.published());
		Span assure = (figure.assure() != null) ? shown(indicator, figure.assure()) : null;
		if (Boolean.TRUE.equals(figure.usePublished())) {
			spans.add(Span.words("Note on the source: for " + what + " the report gives "));
			spans.add(published);
			spans.add(Span.words(", the figure " + figure.source() + " published, as the board chose. "));
			if (assure != null) {
				spans.add(Span.words("Assure's own figure from the returns it holds is "));
				spans.add(assure);
				spans.add(Span.words("."));
			}
			else {
				spans.add(Span.words("Assure holds no figure of its own for it."));
			}
		}
		else if (Boolean.FALSE.equals(figure.usePublished())) {
			spans.add(Span.words("Note on the source: for " + what + " the report gives Assure's figure from the "
					+ "returns it holds, as the board chose; " + figure.source() + " published "));
			spans.add(published);
			spans.add(Span.words("."));
		}
		else {
			spans.add(Span.words("Note on the source: for " + what + ", " + figure.source() + " published "));
			spans.add(published);
			spans.add(Span.words("; the board has not yet chosen which figure the report gives."));
		}
		if (figure.note() != null) {
			spans.add(Span.words(" " + figure.note()));
		}
		return new Paragraph(spans);
	}

	private static Span shown(Indicator indicator, String shown) {
		if ("count".equals(indicator.unit()) && !indicator.percent()) {
			try {
				return Span.count(Long.parseLong(shown.replace(",", "")), null);
			}
			catch (NumberFormatException ex) {
				// shown as a figure below
			}
		}
		return Span.figure(shown, null);
	}

	private List<Row> rows(long partnershipId, ReportingPeriod.FinancialYear year) {
		String before = ReportingPeriod.FinancialYear.starting(year.startYear() - 1).code();
		return this.jdbc.sql("""
				select figure_id, indicator_code, period_code, published_value, source, use_published, note, chosen_by
				from published_figure where partnership_id = ? and period_code in (?, ?)
				order by indicator_code, period_code desc""")
			.params(partnershipId, year.code(), before)
			.query((rs, row) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
					rs.getString(5), (Boolean) rs.getObject(6), rs.getString(7), rs.getString(8)))
			.list();
	}

	static boolean same(Indicator indicator, @Nullable Double assure, double published) {
		if (assure == null) {
			return false;
		}
		int places = indicator.percent() ? 1 : ("count".equals(indicator.unit()) ? 0 : 2);
		return BigDecimal.valueOf(assure)
			.setScale(places, RoundingMode.HALF_UP)
			.compareTo(BigDecimal.valueOf(published).setScale(places, RoundingMode.HALF_UP)) == 0;
	}

	/**
	 * Reads a number as people type it: thousands separated by commas, a percent sign.
	 * @param text the text
	 * @return the number, or null when it is not one Assure takes
	 */
	static @Nullable Double number(String text) {
		String cleaned = text.strip().replace(",", "").replace("%", "").strip();
		if (!cleaned.matches("\\d{1,12}(\\.\\d{1,6})?")) {
			return null;
		}
		return Double.valueOf(cleaned);
	}

	private static String lowerFirst(String text) {
		if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))) {
			return Character.toLowerCase(text.charAt(0)) + text.substring(1);
		}
		return text;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	/**
	 * The name the report gives a source's value in a figure's trace.
	 * @param batches the batches of a value
	 * @return the source, when the value is a published one
	 */
	static Optional<String> publishedSource(String batches) {
		return batches.startsWith(PUBLISHED) ? Optional.of(batches) : Optional.empty();
	}

}
