package org.assure.casedata.validation.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.assure.casedata.validation.ReturnChild;
import org.assure.casedata.validation.ReturnContext;
import org.assure.casedata.validation.Row;
import org.jspecify.annotations.Nullable;

/**
 * What many SSDA903 rules ask of a child's episodes: the episodes in order of start, the
 * periods of care they make, the child's date of birth and age on a day.
 */
final class CareHistory {

	private CareHistory() {
	}

	/**
	 * A period of care: episodes that follow one another without a gap, the next
	 * beginning the day the one before ceased.
	 *
	 * @param start the first episode's start
	 * @param end the last episode's end, or null while it is open
	 * @param episodes the episodes, in order
	 */
	record Period(LocalDate start, @Nullable LocalDate end, List<Row> episodes) {

		Row first() {
			return this.episodes.get(0);
		}

		Row last() {
			return this.episodes.get(this.episodes.size() - 1);
		}

		/** Whether a day falls in the period (its last day included; open runs on). */
		boolean holds(LocalDate day) {
			return !day.isBefore(this.start) && (this.end == null || !day.isAfter(this.end));
		}

	}

	/**
	 * The child's episodes with a readable start, in order of start (rows of the same
	 * start keep the file's order).
	 */
	static List<Row> episodes(ReturnChild child) {
		return byDate(child, EPISODES_BY_START);
	}

	/** The key of the episodes in order of start, made once: most rules ask for them. */
	private static final ByDate EPISODES_BY_START = new ByDate(Ssda903Rules.EPISODES, "DECOM");

	/** The key of a child's rows of a table in order of a date field. */
	private record ByDate(String table, String field) {
	}

	/**
	 * A child's rows of a table with a readable date in a field, in order of that date
	 * (rows of the same date keep the file's order), worked out once per child.
	 */
	static List<Row> byDate(ReturnChild child, String table, String field) {
		return byDate(child, new ByDate(table, field));
	}

	private static List<Row> byDate(ReturnChild child, ByDate key) {
		List<Row> known = child.known(key);
		if (known != null) {
			// Found without making the lambda below: most calls find it.
			return known;
		}
		return child.derived(key, () -> {
			List<Row> dated = new ArrayList<>();
			for (Row row : child.rows(key.table())) {
				if (row.date(key.field()) != null) {
					dated.add(row);
				}
			}
			// Most children's rows come in order already, one or two of them.
			boolean inOrder = true;
			for (int index = 1; index < dated.size() && inOrder; index++) {
				inOrder = !dated.get(index).date(key.field()).isBefore(dated.get(index - 1).date(key.field()));
			}
			if (!inOrder) {
				dated.sort(Comparator.comparing((Row row) -> row.date(key.field())));
			}
			return List.copyOf(dated);
		});
	}

	/** The child's periods of care, in order. */
	static List<Period> periods(ReturnChild child) {
		return child.derived("ssda903.periods", () -> periodsOf(child));
	}

	private static List<Period> periodsOf(ReturnChild child) {
		List<Period> periods = new ArrayList<>();
		List<Row> current = new ArrayList<>();
		LocalDate start = null;
		LocalDate end = null;
		for (Row episode : episodes(child)) {
			LocalDate began = episode.date("DECOM");
			if (!current.isEmpty() && (end == null || !began.equals(end))) {
				periods.add(new Period(start, end, List.copyOf(current)));
				current.clear();
			}
			if (current.isEmpty()) {
				start = began;
			}
			current.add(episode);
			end = episode.date("DEC");
		}
		if (!current.isEmpty()) {
			periods.add(new Period(start, end, List.copyOf(current)));
		}
		return List.copyOf(periods);
	}

	/** The child's latest episode by start, or null. */
	static @Nullable Row latest(ReturnChild child) {
		List<Row> episodes = episodes(child);
		return episodes.isEmpty() ? null : episodes.get(episodes.size() - 1);
	}

	/**
	 * The episode just before one, in order of start, or null for the first.
	 */
	static @Nullable Row before(List<Row> inOrder, int index) {
		return (index > 0) ? inOrder.get(index - 1) : null;
	}

	/** The child's date of birth from the header, or null when it is not readable. */
	static @Nullable LocalDate born(ReturnChild child) {
		Row header = child.first(Ssda903Rules.HEADER);
		return (header != null) ? header.date("DOB") : null;
	}

	/**
	 * The child's date of birth from a row's own DOB, else from the header.
	 */
	static @Nullable LocalDate born(ReturnChild child, Row row) {
		LocalDate own = row.date("DOB");
		return (own != null) ? own : born(child);
	}

	/**
	 * Whether the child has been looked after continuously for at least 12 months at the
	 * end of the year (the DfE's cohort for the OC2 items): the period of care open at 31
	 * March began on or before the year's first day, and no episode of the year is a
	 * short break (V3, V4).
	 */
	static boolean continuouslyLookedAfter(ReturnChild child, ReturnContext context) {
		return child.derived("ssda903.cla", () -> {
			List<Period> periods = periods(child);
			if (periods.isEmpty()) {
				return false;
			}
			Period last = periods.get(periods.size() - 1);
			boolean openAtYearEnd = last.end() == null || last.end().isAfter(context.referenceDate());
			if (!openAtYearEnd || last.start().isAfter(context.periodStart())) {
				return false;
			}
			for (Row episode : episodes(child)) {
				LocalDate ceased = episode.date("DEC");
				boolean inYear = !episode.date("DECOM").isAfter(context.referenceDate())
						&& (ceased == null || !ceased.isBefore(context.periodStart()));
				if (inYear && Ssda903Rules.in(Ssda903Rules.SHORT_BREAKS, episode.text("LS"))) {
					return false;
				}
			}
			return true;
		});
	}

	/** The day a child born on a day reaches an age. */
	static LocalDate birthday(LocalDate born, int years) {
		return born.plusYears(years);
	}

	/** Whole years from birth to a day (a birthday counts on the day). */
	static int age(LocalDate born, LocalDate day) {
		return java.time.Period.between(born, day).getYears();
	}

}
