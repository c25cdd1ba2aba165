package org.assure.reporting;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every published table, over generated tables: no count from 1 to the threshold shows,
 * no true zero is hidden, and no hidden count can be worked out from what shows. The last
 * is checked apart from the component's own reasoning, by trying every way of moving the
 * entries a reader does not see by one step up, down or not at all (a second table that
 * agrees with everything shown exists exactly when one this close does).
 */
class DisclosureControlProperties {

	@Property(tries = 300)
	void noSmallCountShowsAndNoHiddenCountCanBeWorkedOut(@ForAll("tables") DisclosureControl.Table table,
			@ForAll("thresholds") int threshold) {
		DisclosureControl.Published published = DisclosureControl.protect(table, threshold);
		int rows = table.rows().size();
		int columns = table.columns().size();
		int[][] value = extended(table);
		boolean[][] shown = shown(table);
		for (int i = 0; i <= rows; i++) {
			for (int j = 0; j <= columns; j++) {
				boolean hidden = published.hidden()[i][j];
				if (shown[i][j] && !hidden) {
					assertThat(value[i][j]).as("entry %d,%d shows", i, j)
						.satisfiesAnyOf((v) -> assertThat(v).isZero(), (v) -> assertThat(v).isGreaterThan(threshold));
				}
				if (hidden) {
					assertThat(value[i][j]).as("a true zero is never hidden").isPositive();
				}
			}
		}
		for (int i = 0; i <= rows; i++) {
			for (int j = 0; j <= columns; j++) {
				if (published.hidden()[i][j]) {
					assertThat(anotherValueFits(value, shown, published.hidden(), i, j))
						.as("hidden entry %d,%d of %s cannot be worked out", i, j, describe(table, published))
						.isTrue();
				}
			}
		}
	}

	@Property(tries = 100)
	void theSameTableIsAlwaysPublishedTheSameWay(@ForAll("tables") DisclosureControl.Table table) {
		assertThat(DisclosureControl.protect(table, 5).hidden())
			.isDeepEqualTo(DisclosureControl.protect(table, 5).hidden());
	}

	@Provide
	Arbitrary<Integer> thresholds() {
		return Arbitraries.integers().between(1, 5);
	}

	@Provide
	Arbitrary<DisclosureControl.Table> tables() {
		Arbitrary<Integer> count = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.just(0)),
				net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(1, 5)),
				net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(6, 12)),
				net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(13, 60)));
		return Combinators
			.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 4),
					Arbitraries.of(true, false), Arbitraries.of(true, false))
			.flatAs((rows, columns, rowTotals,
					columnTotals) -> count.array(int[].class).ofSize(rows * columns).map((flat) -> {
						int[][] counts = new int[rows][columns];
						for (int r = 0; r < rows; r++) {
							System.arraycopy(flat, r * columns, counts[r], 0, columns);
						}
						return new DisclosureControl.Table(names("row", rows), names("column", columns), counts,
								rowTotals, columnTotals);
					}));
	}

	private static List<String> names(String what, int n) {
		List<String> names = new ArrayList<>();
		for (int i = 1; i <= n; i++) {
			names.add(what + " " + i);
		}
		return names;
	}

	/** The table with its totals as the last row and column, the grand total last. */
	private static int[][] extended(DisclosureControl.Table table) {
		int rows = table.rows().size();
		int columns = table.columns().size();
		int[][] value = new int[rows + 1][columns + 1];
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				value[r][c] = table.count(r, c);
				value[r][columns] += table.count(r, c);
				value[rows][c] += table.count(r, c);
				value[rows][columns] += table.count(r, c);
			}
		}
		return value;
	}

	private static boolean[][] shown(DisclosureControl.Table table) {
		int rows = table.rows().size();
		int columns = table.columns().size();
		boolean[][] shown = new boolean[rows + 1][columns + 1];
		for (int r = 0; r <= rows; r++) {
			for (int c = 0; c <= columns; c++) {
				boolean rowTotal = c == columns;
				boolean columnTotal = r == rows;
				shown[r][c] = (rowTotal && columnTotal) ? (table.rowTotals() || table.columnTotals())
						: rowTotal ? table.rowTotals() : !columnTotal || table.columnTotals();
			}
		}
		return shown;
	}

	/**
	 * Whether some other table agrees with everything a reader sees but gives entry (ti,
	 * tj) another value: every hidden cell moves by -1, 0 or +1 and stays at least 1, the
	 * totals follow from the cells, every total shown keeps its value and every hidden
	 * one stays at least 1.
	 */
	private static boolean anotherValueFits(int[][] value, boolean[][] shown, boolean[][] hidden, int ti, int tj) {
		int rows = value.length - 1;
		int columns = value[0].length - 1;
		List<int[]> unknown = new ArrayList<>();
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				if (hidden[r][c]) {
					unknown.add(new int[] { r, c });
				}
			}
		}
		int[][] cells = new int[rows][columns];
		for (int r = 0; r < rows; r++) {
			cells[r] = java.util.Arrays.copyOf(value[r], columns);
		}
		return search(unknown, 0, value, cells, shown, hidden, ti, tj);
	}

	private static boolean search(List<int[]> unknown, int k, int[][] value, int[][] cells, boolean[][] shown,
			boolean[][] hidden, int ti, int tj) {
		int columns = cells[0].length;
		if (k > 0 && (k == unknown.size() || unknown.get(k)[0] != unknown.get(k - 1)[0])) {
			int r = unknown.get(k - 1)[0];
			int sum = java.util.Arrays.stream(cells[r]).sum();
			if (shown[r][columns] && !hidden[r][columns] && sum != value[r][columns]) {
				return false;
			}
		}
		if (k == unknown.size()) {
			int[][] moved = extend(cells);
			for (int i = 0; i < moved.length; i++) {
				for (int j = 0; j < moved[i].length; j++) {
					if (shown[i][j] && !hidden[i][j] && moved[i][j] != value[i][j]) {
						return false;
					}
					if (hidden[i][j] && moved[i][j] < 1) {
						return false;
					}
				}
			}
			return moved[ti][tj] != value[ti][tj];
		}
		int[] at = unknown.get(k);
		for (int step = -1; step <= 1; step++) {
			int next = value[at[0]][at[1]] + step;
			if (next < 1) {
				continue;
			}
			cells[at[0]][at[1]] = next;
			if (search(unknown, k + 1, value, cells, shown, hidden, ti, tj)) {
				cells[at[0]][at[1]] = value[at[0]][at[1]];
				return true;
			}
		}
		cells[at[0]][at[1]] = value[at[0]][at[1]];
		return false;
	}

	private static int[][] extend(int[][] cells) {
		int rows = cells.length;
		int columns = cells[0].length;
		int[][] value = new int[rows + 1][columns + 1];
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				value[r][c] = cells[r][c];
				value[r][columns] += cells[r][c];
				value[rows][c] += cells[r][c];
				value[rows][columns] += cells[r][c];
			}
		}
		return value;
	}

	private static String describe(DisclosureControl.Table table, DisclosureControl.Published published) {
		StringBuilder text = new StringBuilder();
		for (int r = 0; r < table.rows().size(); r++) {
			for (int c = 0; c < table.columns().size(); c++) {
				text.append(table.count(r, c)).append(published.isHidden(r, c) ? "* " : " ");
			}
			text.append("| ").append(published.rowTotal(r)).append("\n");
		}
		for (int c = 0; c < table.columns().size(); c++) {
			text.append(published.columnTotal(c)).append(' ');
		}
		return text.append("| ").append(published.grandTotal()).toString();
	}

}
