package org.assure.casedata.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What the rules ask of a child's few rows of a table, as plain loops: a rule runs on
 * every child of a return, and a stream's set-up costs more than walking the two or three
 * rows it would hold.
 */
public final class Rows {

	private Rows() {
	}

	/**
	 * Whether any row passes a test.
	 * @param rows the rows
	 * @param test the test
	 * @return true when one does
	 */
	public static boolean any(List<Row> rows, Predicate<Row> test) {
		for (int i = 0; i < rows.size(); i++) {
			if (test.test(rows.get(i))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The rows that pass a test.
	 * @param rows the rows
	 * @param test the test
	 * @return those rows in their order; an empty list, made once, when none does
	 */
	public static List<Row> where(List<Row> rows, Predicate<Row> test) {
		List<Row> passed = null;
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			if (test.test(row)) {
				if (passed == null) {
					passed = new ArrayList<>(2);
				}
				passed.add(row);
			}
		}
		return (passed != null) ? passed : List.of();
	}

	/**
	 * How many rows pass a test.
	 * @param rows the rows
	 * @param test the test
	 * @return the number
	 */
	public static int count(List<Row> rows, Predicate<Row> test) {
		int count = 0;
		for (int i = 0; i < rows.size(); i++) {
			if (test.test(rows.get(i))) {
				count++;
			}
		}
		return count;
	}

}
