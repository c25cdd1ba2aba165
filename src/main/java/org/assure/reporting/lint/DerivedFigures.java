package org.assure.reporting.lint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A table's percentages that are one of its counts over another, row by row or column by
 * column, where one cell breaks the pattern the others keep: attendees 12 of capacity 20
 * shown as 66% where every other course's rate is its attendees over its capacity; the
 * October conversion rate 19.4% where 402 referrals of 2,142 contacts is 18.8% and every
 * other month's rate is its referrals over its contacts. The pattern is inferred, not
 * stated, so the rule asks for more: at least three cells that keep it and at most a
 * third that do not, and a miss of more than a whole unit of the figure's last place (a
 * table's rates are often worked out from counts that moved a little since).
 */
final class DerivedFigures {

	static final String CODE = "derived-figure";

	private static final Pattern COUNT = Pattern.compile("^\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*$");

	private static final Pattern PERCENT = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)\\s*%\\s*$");

	/** The most lines of figures searched for a pattern in one table. */
	private static final int MAX_LINES = 60;

	private DerivedFigures() {
	}

	/** A line of figures: a column or a row, with the cells' lines and names. */
	private record Line(String name, List<String> cells, List<Integer> numbers, List<String> places) {
	}

	static void check(List<LintLine> rows, int columns, LintSettings settings, List<Finding> findings) {
		List<Line> byColumn = new ArrayList<>();
		for (int column = 1; column < columns; column++) {
			List<String> cells = new ArrayList<>();
			List<Integer> numbers = new ArrayList<>();
			List<String> places = new ArrayList<>();
			for (LintLine row : rows) {
				String value = Tables.cell(row, column);
				cells.add((value != null) ? value : "");
				numbers.add(row.number());
				places.add("row \"" + shorten(row.cells().get(0)) + "\"");
			}
			String heading = Tables.cell(rows.get(0), column);
			byColumn.add(new Line(
					"column " + (column + 1)
							+ ((heading != null && !heading.isBlank()) ? " (\"" + shorten(heading) + "\")" : ""),
					cells, numbers, places));
		}
		compare(byColumn, settings, findings);
		List<Line> byRow = new ArrayList<>();
		for (LintLine row : rows) {
			List<String> cells = new ArrayList<>();
			List<Integer> numbers = new ArrayList<>();
			List<String> places = new ArrayList<>();
			for (int column = 1; column < columns; column++) {
				String value = Tables.cell(row, column);
				cells.add((value != null) ? value : "");
				numbers.add(row.number());
				String heading = Tables.cell(rows.get(0), column);
				places.add("column " + (column + 1)
						+ ((heading != null && !heading.isBlank()) ? " (\"" + shorten(heading) + "\")" : ""));
			}
			byRow.add(new Line("row \"" + shorten(row.cells().get(0)) + "\"", cells, numbers, places));
		}
		compare(byRow, settings, findings);
	}

	/**
	 * For each line of percentages, the pair of other lines whose ratio it keeps best;
	 * the cells that break it are reported.
	 */
	private static void compare(List<Line> all, LintSettings settings, List<Finding> findings) {
		List<Line> lines = all.stream()
			.filter((line) -> line.cells().stream().filter((c) -> COUNT.matcher(c).matches()).count() >= 3
					|| line.cells().stream().filter((c) -> PERCENT.matcher(c).matches()).count() >= 3)
			.toList();
		if (lines.size() > MAX_LINES) {
			// a very large table: the search for pairs would cost too much
			return;
		}
		for (Line rates : lines) {
			if (rates.cells().stream().filter((c) -> PERCENT.matcher(c).matches()).count() < 3) {
				continue;
			}
			Line bestTop = null;
			Line bestBottom = null;
			int bestKept = 0;
			int bestBroken = 0;
			for (Line top : lines) {
				for (Line bottom : lines) {
					if (top == bottom || top == rates || bottom == rates) {
						continue;
					}
					int kept = 0;
					int broken = 0;
					for (int i = 0; i < rates.cells().size(); i++) {
						Double computed = ratio(top, bottom, i);
						BigDecimal stated = percent(rates.cells().get(i));
						if (computed == null || stated == null) {
							continue;
						}
						if (Math.abs(computed - stated.doubleValue()) <= Numbers.tolerance(stated,
								settings.toleranceUnits())) {
							kept++;
						}
						else {
							broken++;
						}
					}
					if (kept > bestKept) {
						bestKept = kept;
						bestBroken = broken;
						bestTop = top;
						bestBottom = bottom;
					}
				}
			}
			if (bestTop == null || bestKept < 3 || bestBroken * 2 > bestKept) {
				continue;
			}
			for (int i = 0; i < rates.cells().size(); i++) {
				Double computed = ratio(bestTop, bestBottom, i);
				BigDecimal stated = percent(rates.cells().get(i));
				if (computed == null || stated == null || Math.abs(computed - stated.doubleValue()) <= 2
						* Numbers.tolerance(stated, settings.toleranceUnits())) {
					continue;
				}
				findings.add(new Finding(rates.numbers().get(i), rates.cells().get(i).strip(), CODE,
						"In " + rates.name() + ", " + rates.places().get(i) + ": " + bestTop.cells().get(i).strip()
								+ " / " + bestBottom.cells().get(i).strip() + " is " + Numbers.show(computed)
								+ "%, not " + stated.toPlainString() + "% (in " + bestKept + " other places "
								+ rates.name() + " is " + bestTop.name() + " over " + bestBottom.name() + ")",
						Severity.error));
			}
		}
	}

	private static @Nullable Double ratio(Line top, Line bottom, int i) {
		BigDecimal a = count(top.cells().get(i));
		BigDecimal b = count(bottom.cells().get(i));
		if (a == null || b == null || b.signum() <= 0) {
			return null;
		}
		return a.doubleValue() * 100 / b.doubleValue();
	}

	private static @Nullable BigDecimal count(String cell) {
		Matcher m = COUNT.matcher(cell);
		return m.matches() ? Numbers.value(m.group(1), null) : null;
	}

	private static @Nullable BigDecimal percent(String cell) {
		Matcher m = PERCENT.matcher(cell);
		return m.matches() ? new BigDecimal(m.group(1)) : null;
	}

	private static String shorten(String text) {
		String strip = text.strip();
		return (strip.length() > 40) ? strip.substring(0, 40).strip() + "…" : strip;
	}

}
