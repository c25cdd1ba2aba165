package org.assure.reporting.lint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Tables: a column that does not sum to its total row; a breakdown column of 'N (P%)'
 * cells whose percentages do not sum to about 100, or (when they do) a row whose
 * percentage does not match its count over the column's; and a tick table whose
 * percentage does not match its ticks. A table is a run of rows (tab-separated lines of
 * text, or the rows of a Word or web table).
 */
final class Tables implements LintRule {

	static final String COLUMN_TOTAL = "column-total";

	static final String PERCENT_SUM = "percentages-sum";

	static final String ROW_PERCENT = "row-percentage";

	static final String TICKS = "tick-percentage";

	private static final Pattern COUNT = Pattern.compile("^\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*$");

	private static final Pattern COUNT_PERCENT = Pattern
		.compile("^\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*\\(\\s*(\\d+(?:\\.\\d+)?)\\s*%\\s*\\)\\s*$");

	private static final Pattern PERCENT = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)\\s*%?\\s*$");

	private static final Pattern TICK = Pattern.compile("^\\s*[✓✔√]\\s*$");

	private static final Pattern CROSS = Pattern.compile("^\\s*[xX✗✘×]\\s*$");

	private static final Pattern AVERAGE_ROW = Pattern.compile("(?i)^\\s*(?:average|overall|total)\\b");

	private static final Pattern TOTAL_ROW = Pattern.compile("(?i)^\\s*(?:grand\\s+)?totals?\\b");

	@Override
	public void check(LintDocument document, List<Prose.Sentence> sentences, LintSettings settings,
			List<Finding> findings) {
		List<LintLine> block = new ArrayList<>();
		boolean gap = false;
		for (LintLine line : document.lines()) {
			if (line.row()) {
				if (gap && line.cells().size() != block.get(block.size() - 1).cells().size()) {
					// after a blank line, a row of another shape starts another table
					table(block, settings, findings);
					block.clear();
				}
				gap = false;
				block.add(line);
				continue;
			}
			if (line.text().isBlank() && !block.isEmpty()) {
				gap = true;
				continue;
			}
			gap = false;
			table(block, settings, findings);
			block.clear();
		}
		table(block, settings, findings);
	}

	private static void table(List<LintLine> lines, LintSettings settings, List<Finding> findings) {
		if (lines.size() < 2) {
			return;
		}
		int columns = lines.stream().mapToInt((row) -> row.cells().size()).max().orElse(0);
		List<LintLine> rows = aligned(lines, columns);
		for (int column = 1; column < columns; column++) {
			totals(rows, column, columns, findings);
			breakdown(rows, column, settings, findings);
		}
		ticks(rows, settings, findings);
		DerivedFigures.check(rows, columns, settings, findings);
	}

	/**
	 * The rows with their cells lined up: when rows have different numbers of cells (a
	 * table copied from a web page or a PDF, where empty cells are lost), each row's
	 * cells after its label are put against the last columns, as figures usually are.
	 */
	static List<LintLine> aligned(List<LintLine> rows, int columns) {
		boolean ragged = rows.stream().anyMatch((row) -> row.cells().size() != columns);
		if (!ragged) {
			return rows;
		}
		List<LintLine> aligned = new ArrayList<>(rows.size());
		for (LintLine row : rows) {
			List<String> cells = row.cells();
			List<String> padded = new ArrayList<>(columns);
			padded.add(cells.get(0));
			for (int i = cells.size(); i < columns; i++) {
				padded.add("");
			}
			padded.addAll(cells.subList(1, cells.size()));
			aligned.add(new LintLine(row.number(), row.text(), padded));
		}
		return aligned;
	}

	static @Nullable String cell(LintLine row, int column) {
		List<String> cells = row.cells();
		return (cells != null && column < cells.size()) ? cells.get(column) : null;
	}

	/** Whether a row holds no figure at all: a heading, or a row broken over lines. */
	private static boolean words(LintLine row) {
		for (String cell : row.cells().subList(1, row.cells().size())) {
			if (count(cell) != null || PERCENT.matcher(cell).matches() && !cell.isBlank()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Rows of counts (or 'N (P%)') down to a 'Total' row: their sum must be the total.
	 */
	private static void totals(List<LintLine> rows, int column, int columns, List<Finding> findings) {
		BigDecimal sum = BigDecimal.ZERO;
		int parts = 0;
		for (LintLine row : rows) {
			if (row != rows.get(0) && words(row)
					&& row.cells().stream().filter((c) -> !c.isBlank()).count() < columns) {
				// a row broken over lines, not a heading: it neither counts nor restarts
				// the run
				continue;
			}
			String label = cell(row, 0);
			String value = cell(row, column);
			BigDecimal count = (value != null) ? count(value) : null;
			if (row == rows.get(0) && value != null && value.strip().matches("(19|20)\\d{2}")) {
				// a year heading the column
				count = null;
			}
			if (label != null && TOTAL_ROW.matcher(label).find()) {
				if (count != null && parts >= 2 && count.compareTo(sum) != 0 && !average(count, sum, parts)) {
					findings.add(new Finding(row.number(), row.text().replace('\t', ' ').strip(), COLUMN_TOTAL,
							"Column " + (column + 1) + " of the rows above sums to " + sum.toPlainString()
									+ ", not the total " + count.toPlainString(),
							Severity.error));
				}
				sum = BigDecimal.ZERO;
				parts = 0;
				continue;
			}
			if (value == null || value.isBlank()) {
				continue;
			}
			if (count == null) {
				// a header or a row of words restarts the run
				sum = BigDecimal.ZERO;
				parts = 0;
				continue;
			}
			sum = sum.add(count);
			parts++;
		}
	}

	/**
	 * Whether a "Total" row's figure is the parts' average rather than their sum (a
	 * column of rates or of days taken, whose last row averages them): within one of the
	 * mean of three or more parts, it is not held to the sum. A sum mistyped by a digit
	 * is far from the mean; two small parts are too near their mean to tell.
	 */
	private static boolean average(BigDecimal total, BigDecimal sum, int parts) {
		if (parts < 3) {
			return false;
		}
		BigDecimal mean = sum.divide(BigDecimal.valueOf(parts), 2, java.math.RoundingMode.HALF_UP);
		return total.subtract(mean).abs().compareTo(BigDecimal.ONE) <= 0;
	}

	private static @Nullable BigDecimal count(String value) {
		Matcher m = COUNT.matcher(value);
		if (m.matches() && !Numbers.gluedFootnote(m.group(1))) {
			return Numbers.value(m.group(1), null);
		}
		m = COUNT_PERCENT.matcher(value);
		return m.matches() ? Numbers.value(m.group(1), null) : null;
	}

	/**
	 * A column of 'N (P%)' cells (and zeros) is a breakdown: its percentages must sum to
	 * about 100, and each must be its count over the column's.
	 */
	private static void breakdown(List<LintLine> rows, int column, LintSettings settings, List<Finding> findings) {
		for (LintLine row : rows.subList(1, rows.size())) {
			String value = cell(row, column);
			if (value != null && value.indexOf('%') >= 0 && !COUNT_PERCENT.matcher(value).matches()) {
				// a column that mixes 'N (P%)' with other percentages is a comparison,
				// not a breakdown
				return;
			}
		}
		List<LintLine> members = new ArrayList<>();
		List<BigDecimal> counts = new ArrayList<>();
		List<BigDecimal> percents = new ArrayList<>();
		for (LintLine row : rows) {
			String value = cell(row, column);
			String label = cell(row, 0);
			if (value == null || value.isBlank() || (label != null && TOTAL_ROW.matcher(label).find())) {
				continue;
			}
			Matcher m = COUNT_PERCENT.matcher(value);
			if (m.matches()) {
				members.add(row);
				counts.add(Numbers.value(m.group(1), null));
				percents.add(new BigDecimal(m.group(2)));
			}
			else if (value.strip().equals("0")) {
				members.add(row);
				counts.add(BigDecimal.ZERO);
				percents.add(BigDecimal.ZERO);
			}
			else if (!members.isEmpty()) {
				check(members, counts, percents, column, settings, findings);
				members.clear();
				counts.clear();
				percents.clear();
			}
		}
		check(members, counts, percents, column, settings, findings);
	}

	private static void check(List<LintLine> rows, List<BigDecimal> counts, List<BigDecimal> percents, int column,
			LintSettings settings, List<Finding> findings) {
		long stated = percents.stream().filter((p) -> p.signum() > 0).count();
		if (stated < 2) {
			return;
		}
		double sum = percents.stream().mapToDouble(BigDecimal::doubleValue).sum();
		double allowed = percents.stream()
			.filter((p) -> p.signum() > 0)
			.mapToDouble((p) -> Numbers.tolerance(p, settings.toleranceUnits()))
			.sum();
		LintLine last = rows.get(rows.size() - 1);
		if (Math.abs(sum - 100) > allowed) {
			findings
				.add(new Finding(last.number(), "column " + (column + 1) + " of the table ending here", PERCENT_SUM,
						"The percentages of column " + (column + 1) + " (lines " + rows.get(0).number() + " to "
								+ last.number() + ") sum to " + Numbers.show(sum) + "%, not about 100%",
						Severity.warning));
			return;
		}
		double base = counts.stream().mapToDouble(BigDecimal::doubleValue).sum();
		if (base <= 0) {
			return;
		}
		for (int i = 0; i < rows.size(); i++) {
			if (percents.get(i).signum() == 0 && counts.get(i).signum() == 0) {
				continue;
			}
			double computed = counts.get(i).doubleValue() * 100 / base;
			if (Math.abs(computed - percents.get(i).doubleValue()) > Numbers.tolerance(percents.get(i),
					settings.toleranceUnits())) {
				findings.add(new Finding(rows.get(i).number(), cell(rows.get(i), column).strip(), ROW_PERCENT,
						counts.get(i).toPlainString() + " of the column's " + Numbers.show(base) + " is "
								+ Numbers.show(computed) + "%, not " + percents.get(i).toPlainString() + "%",
						Severity.error));
			}
		}
	}

	/**
	 * Rows of ticks and crosses ending in a percentage: the percentage is ticks over
	 * marks.
	 */
	private static void ticks(List<LintLine> rows, LintSettings settings, List<Finding> findings) {
		int allTicks = 0;
		int allMarks = 0;
		int tickRows = 0;
		for (LintLine row : rows) {
			List<String> cells = row.cells();
			if (cells == null || cells.size() < 3) {
				continue;
			}
			int ticks = 0;
			int marks = 0;
			for (String cell : cells.subList(1, cells.size() - 1)) {
				if (TICK.matcher(cell).matches()) {
					ticks++;
					marks++;
				}
				else if (CROSS.matcher(cell).matches()) {
					marks++;
				}
			}
			if (marks == 0 && AVERAGE_ROW.matcher(cells.get(0)).find()) {
				average(row, allTicks, allMarks, tickRows, settings, findings);
				allTicks = 0;
				allMarks = 0;
				tickRows = 0;
				continue;
			}
			Matcher m = PERCENT.matcher(cells.get(cells.size() - 1));
			if (marks < 2 || !m.matches()) {
				continue;
			}
			allTicks += ticks;
			allMarks += marks;
			tickRows++;
			BigDecimal stated = new BigDecimal(m.group(1));
			double computed = ticks * 100.0 / marks;
			if (Math.abs(computed - stated.doubleValue()) > Numbers.tolerance(stated, settings.toleranceUnits())) {
				findings.add(new Finding(
						row.number(), row.text().replace('\t', ' ').strip(), TICKS, ticks + " ticks of " + marks
								+ " is " + Numbers.show(computed) + "%, not " + stated.toPlainString() + "%",
						Severity.error));
			}
		}
	}

	/**
	 * An average or total row under rows of ticks: its percentage is all the ticks over
	 * all the marks.
	 */
	private static void average(LintLine row, int ticks, int marks, int tickRows, LintSettings settings,
			List<Finding> findings) {
		if (tickRows < 2 || marks == 0) {
			return;
		}
		for (String cell : row.cells().subList(1, row.cells().size())) {
			Matcher m = PERCENT.matcher(cell);
			if (!cell.isBlank() && m.matches()) {
				BigDecimal stated = new BigDecimal(m.group(1));
				double computed = ticks * 100.0 / marks;
				if (Math.abs(computed - stated.doubleValue()) > Numbers.tolerance(stated, settings.toleranceUnits())) {
					findings.add(new Finding(row.number(), row.text().replace('\t', ' ').strip(), TICKS,
							ticks + " ticks of " + marks + " marks in the " + tickRows + " rows above is "
									+ Numbers.show(computed) + "%, not " + stated.toPlainString() + "%",
							Severity.error));
				}
				return;
			}
		}
	}

}
