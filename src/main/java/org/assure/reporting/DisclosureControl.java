package org.assure.reporting;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Statistical disclosure control for every published table (DOMAIN.md §8): a count from 1
 * to the threshold (a setting, 5 by default) is shown as a mark, never a true zero; and
 * further counts are hidden (secondary suppression) until no hidden count can be worked
 * out from what is shown — the cells, the row and column totals and the grand total, and
 * the knowledge that a hidden count is at least 1.
 *
 * <p>
 * A hidden count can be worked out exactly when no other table that agrees with
 * everything shown gives it another value. Writing the table with its totals as one table
 * whose every line sums to nothing (totals taken negatively), two such tables differ by a
 * sum of alternating cycles through the hidden entries, and the value of an entry can
 * move by one along a cycle through it whenever it can move at all. So an entry is safe
 * when a cycle through it exists whose entries can each move one step the way the cycle
 * moves them: a hidden count can always grow, and can shrink when it is 2 or more; a
 * total not shown can do either. {@link #protect} hides the smallest counts that give
 * every hidden entry such a cycle.
 */
@Component
public class DisclosureControl {

	/** The mark a hidden count shows, as the DfE's statistics show it. */
	public static final String MARK = "c";

	private final int threshold;

	DisclosureControl(Settings settings) {
		this.threshold = settings.threshold();
	}

	/**
	 * The threshold in force: counts from 1 to this are hidden.
	 * @return the threshold
	 */
	public int threshold() {
		return this.threshold;
	}

	/**
	 * The setting.
	 *
	 * @param threshold counts from 1 to this are hidden in published tables (5, as the
	 * DfE's statistics do)
	 */
	@ConfigurationProperties("assure.disclosure")
	public record Settings(@DefaultValue("5") int threshold) {
	}

	/**
	 * A table of counts to publish.
	 *
	 * @param rows the rows' names
	 * @param columns the columns' names
	 * @param counts the counts, by row then column; none negative
	 * @param rowTotals whether each row's total is shown
	 * @param columnTotals whether each column's total is shown
	 */
	public record Table(List<String> rows, List<String> columns, int[][] counts, boolean rowTotals,
			boolean columnTotals) {

		/**
		 * Checks the shape.
		 */
		public Table {
			rows = List.copyOf(rows);
			columns = List.copyOf(columns);
			if (counts.length != rows.size()) {
				throw new IllegalArgumentException("A table needs a row of counts for each of its rows");
			}
			int[][] copy = new int[counts.length][];
			for (int r = 0; r < counts.length; r++) {
				if (counts[r].length != columns.size()) {
					throw new IllegalArgumentException("Row " + (r + 1) + " needs a count for each column");
				}
				for (int value : counts[r]) {
					if (value < 0) {
						throw new IllegalArgumentException("A count cannot be negative");
					}
				}
				copy[r] = counts[r].clone();
			}
			counts = copy;
		}

		/**
		 * A table of one row: a breakdown and its total.
		 * @param row the row's name
		 * @param columns the parts' names
		 * @param counts the parts' counts
		 * @return the table
		 */
		public static Table breakdown(String row, List<String> columns, int... counts) {
			return new Table(List.of(row), columns, new int[][] { counts }, true, false);
		}

		/**
		 * A count.
		 * @param row the row
		 * @param column the column
		 * @return the count
		 */
		public int count(int row, int column) {
			return this.counts[row][column];
		}

		/**
		 * A row's total.
		 * @param row the row
		 * @return the total
		 */
		public int rowTotal(int row) {
			return Arrays.stream(this.counts[row]).sum();
		}

		/**
		 * A column's total.
		 * @param column the column
		 * @return the total
		 */
		public int columnTotal(int column) {
			return Arrays.stream(this.counts).mapToInt((row) -> row[column]).sum();
		}

		/**
		 * The grand total.
		 * @return the total
		 */
		public int grandTotal() {
			return Arrays.stream(this.counts).flatMapToInt(Arrays::stream).sum();
		}

	}

	/**
	 * A table as published: each count shown or hidden.
	 *
	 * @param table the table
	 * @param threshold the threshold it was protected with
	 * @param hidden which entries are hidden, by row then column, the totals as the last
	 * row and column (the grand total last of all)
	 */
	public record Published(Table table, int threshold, boolean[][] hidden) {

		/**
		 * A count as shown.
		 * @param row the row
		 * @param column the column
		 * @return the count, or the mark
		 */
		public String cell(int row, int column) {
			return show(row, column, this.table.count(row, column));
		}

		/**
		 * A row's total as shown.
		 * @param row the row
		 * @return the total, or the mark
		 */
		public String rowTotal(int row) {
			return show(row, this.table.columns().size(), this.table.rowTotal(row));
		}

		/**
		 * A column's total as shown.
		 * @param column the column
		 * @return the total, or the mark
		 */
		public String columnTotal(int column) {
			return show(this.table.rows().size(), column, this.table.columnTotal(column));
		}

		/**
		 * The grand total as shown.
		 * @return the total, or the mark
		 */
		public String grandTotal() {
			return show(this.table.rows().size(), this.table.columns().size(), this.table.grandTotal());
		}

		/**
		 * A count's share of its row's total, as shown: hidden when the count or the
		 * total is.
		 * @param row the row
		 * @param column the column
		 * @return such as "32.4%", the mark, or "–" when the total is nothing
		 */
		public String shareOfRow(int row, int column) {
			int columns = this.table.columns().size();
			if (this.hidden[row][column] || this.hidden[row][columns]) {
				return MARK;
			}
			int total = this.table.rowTotal(row);
			return (total == 0) ? "–" : String.format(Locale.UK, "%.1f%%",
					Math.round(this.table.count(row, column) * 1000.0 / total) / 10.0);
		}

		/**
		 * Whether a count is hidden.
		 * @param row the row
		 * @param column the column
		 * @return true when it shows the mark
		 */
		public boolean isHidden(int row, int column) {
			return this.hidden[row][column];
		}

		/**
		 * Whether any count is hidden, so the table needs its footnote.
		 * @return true when one is
		 */
		public boolean anyHidden() {
			for (boolean[] row : this.hidden) {
				for (boolean cell : row) {
					if (cell) {
						return true;
					}
				}
			}
			return false;
		}

		/**
		 * The footnote a table with hidden counts carries.
		 * @return the footnote
		 */
		public String footnote() {
			return String.format(Locale.UK,
					"%s: a count from 1 to %d, or a count hidden so that such a count cannot be worked out from the "
							+ "totals. 0 is a true zero.",
					MARK, this.threshold);
		}

		private String show(int row, int column, int value) {
			return this.hidden[row][column] ? MARK : String.valueOf(value);
		}

	}

	/**
	 * Protects a table with the threshold in force.
	 * @param table the table
	 * @return the table as published
	 */
	public Published protect(Table table) {
		return protect(table, this.threshold);
	}

	/**
	 * Protects a table: hides every count from 1 to the threshold that is shown (a cell
	 * or a total), then the fewest and smallest further counts until none hidden can be
	 * worked out.
	 * @param table the table
	 * @param threshold counts from 1 to this are hidden
	 * @return the table as published
	 */
	public static Published protect(Table table, int threshold) {
		Extended x = new Extended(table);
		for (int i = 0; i < x.height; i++) {
			for (int j = 0; j < x.width; j++) {
				if (x.shown[i][j] && x.value[i][j] >= 1 && x.value[i][j] <= threshold) {
					x.hidden[i][j] = true;
				}
			}
		}
		int most = x.height * x.width;
		for (int round = 0; round < most; round++) {
			int[] exposed = x.firstRecoverable();
			if (exposed == null) {
				break;
			}
			int[] chosen = x.bestCover(exposed);
			if (chosen == null) {
				break;
			}
			x.hidden[chosen[0]][chosen[1]] = true;
		}
		boolean[][] hidden = new boolean[x.height][x.width];
		for (int i = 0; i < x.height; i++) {
			for (int j = 0; j < x.width; j++) {
				hidden[i][j] = x.shown[i][j] && x.hidden[i][j];
			}
		}
		return new Published(table, threshold, hidden);
	}

	/**
	 * The table with its totals as a last row and column: entry (i, j) of the cells, the
	 * row totals in the last column, the column totals in the last row and the grand
	 * total in the corner. Taken with the totals negative, every line sums to nothing.
	 */
	private static final class Extended {

		final int height;

		final int width;

		final int[][] value;

		/**
		 * Whether an entry is published at all: cells always; totals as the table says.
		 */
		final boolean[][] shown;

		final boolean[][] hidden;

		Extended(Table table) {
			int rows = table.rows().size();
			int columns = table.columns().size();
			this.height = rows + 1;
			this.width = columns + 1;
			this.value = new int[this.height][this.width];
			this.shown = new boolean[this.height][this.width];
			this.hidden = new boolean[this.height][this.width];
			for (int r = 0; r < rows; r++) {
				for (int c = 0; c < columns; c++) {
					this.value[r][c] = table.count(r, c);
					this.shown[r][c] = true;
				}
				this.value[r][columns] = table.rowTotal(r);
				this.shown[r][columns] = table.rowTotals();
			}
			for (int c = 0; c < columns; c++) {
				this.value[rows][c] = table.columnTotal(c);
				this.shown[rows][c] = table.columnTotals();
			}
			this.value[rows][columns] = table.grandTotal();
			this.shown[rows][columns] = table.rowTotals() || table.columnTotals();
		}

		private boolean isTotal(int i, int j) {
			return i == this.height - 1 || j == this.width - 1;
		}

		/** Entries a reader does not see: hidden ones, and totals not published. */
		private boolean unknown(int i, int j) {
			return !this.shown[i][j] || this.hidden[i][j];
		}

		/**
		 * Whether the entry, taken with its sign (totals negative), can rise by one: a
		 * cell always can; a total can when it is 2 or more (it falls); an unpublished
		 * total always.
		 */
		private boolean canRise(int i, int j) {
			if (!this.shown[i][j]) {
				return true;
			}
			return !isTotal(i, j) || (i == this.height - 1 && j == this.width - 1) || this.value[i][j] >= 2;
		}

		/** Whether the entry, taken with its sign, can fall by one. */
		private boolean canFall(int i, int j) {
			if (!this.shown[i][j]) {
				return true;
			}
			boolean grand = i == this.height - 1 && j == this.width - 1;
			return (isTotal(i, j) && !grand) || this.value[i][j] >= 2;
		}

		int[] firstRecoverable() {
			for (int i = 0; i < this.height; i++) {
				for (int j = 0; j < this.width; j++) {
					if (this.shown[i][j] && this.hidden[i][j] && !movable(i, j)) {
						return new int[] { i, j };
					}
				}
			}
			return null;
		}

		/** Whether a cycle of one-step moves through the entry exists. */
		boolean movable(int i, int j) {
			return (canRise(i, j) && path(this.height + j, i, i, j))
					|| (canFall(i, j) && path(i, this.height + j, i, j));
		}

		/**
		 * Whether a path leads from one node to another: rows are nodes 0 to height - 1,
		 * columns the nodes after them; a row leads to a column through an unknown entry
		 * that can rise, a column to a row through one that can fall; the entry (ei, ej)
		 * is not used.
		 */
		private boolean path(int from, int to, int ei, int ej) {
			boolean[] seen = new boolean[this.height + this.width];
			Deque<Integer> queue = new ArrayDeque<>();
			queue.add(from);
			seen[from] = true;
			while (!queue.isEmpty()) {
				int node = queue.poll();
				if (node == to) {
					return true;
				}
				if (node < this.height) {
					for (int j = 0; j < this.width; j++) {
						if ((node != ei || j != ej) && unknown(node, j) && canRise(node, j) && !seen[this.height + j]) {
							seen[this.height + j] = true;
							queue.add(this.height + j);
						}
					}
				}
				else {
					int j = node - this.height;
					for (int i = 0; i < this.height; i++) {
						if ((i != ei || j != ej) && unknown(i, j) && canFall(i, j) && !seen[i]) {
							seen[i] = true;
							queue.add(i);
						}
					}
				}
			}
			return false;
		}

		/**
		 * The entry to hide next for an exposed one: the smallest cell (then total) whose
		 * hiding makes it safe; failing that, the smallest in its lines, then anywhere.
		 */
		int[] bestCover(int[] exposed) {
			List<int[]> candidates = new ArrayList<>();
			for (int i = 0; i < this.height; i++) {
				for (int j = 0; j < this.width; j++) {
					if (this.shown[i][j] && !this.hidden[i][j] && this.value[i][j] > 0) {
						candidates.add(new int[] { i, j });
					}
				}
			}
			candidates.sort((a, b) -> {
				int byTotal = Boolean.compare(isTotal(a[0], a[1]), isTotal(b[0], b[1]));
				if (byTotal != 0) {
					return byTotal;
				}
				int byValue = Integer.compare(this.value[a[0]][a[1]], this.value[b[0]][b[1]]);
				return (byValue != 0) ? byValue : Integer.compare(a[0] * this.width + a[1], b[0] * this.width + b[1]);
			});
			for (int[] candidate : candidates) {
				this.hidden[candidate[0]][candidate[1]] = true;
				boolean safe = movable(exposed[0], exposed[1]);
				this.hidden[candidate[0]][candidate[1]] = false;
				if (safe) {
					return candidate;
				}
			}
			for (int[] candidate : candidates) {
				if (candidate[0] == exposed[0] || candidate[1] == exposed[1]) {
					return candidate;
				}
			}
			return candidates.isEmpty() ? null : candidates.get(0);
		}

	}

}
