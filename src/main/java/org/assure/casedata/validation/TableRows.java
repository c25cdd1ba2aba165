package org.assure.casedata.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows grouped by their table, in the order the tables were first met: a child's rows, or
 * the rows nested in one row. A group holds few tables, so a walk comparing each name's
 * hash, then its identity (the rules' names and the reader's are the same interned
 * strings), finds a table faster than a hash map would.
 */
final class TableRows {

	private String[] names = new String[4];

	/** Each name's hash, so that a table the group lacks is told without equals. */
	private int[] hashes = new int[4];

	private Object[] rows = new Object[4];

	private int size;

	/**
	 * Adds a row to its table's group.
	 * @param table the table
	 * @param row the row
	 */
	@SuppressWarnings("unchecked")
	void add(String table, Row row) {
		int index = indexOf(table);
		if (index < 0) {
			if (this.size == this.names.length) {
				this.names = Arrays.copyOf(this.names, this.size * 2);
				this.hashes = Arrays.copyOf(this.hashes, this.size * 2);
				this.rows = Arrays.copyOf(this.rows, this.size * 2);
			}
			index = this.size++;
			this.names[index] = table;
			this.hashes[index] = table.hashCode();
			this.rows[index] = new ArrayList<Row>(2);
		}
		((List<Row>) this.rows[index]).add(row);
	}

	/**
	 * A table's rows.
	 * @param table the table
	 * @return its rows in the order added, or an empty list
	 */
	@SuppressWarnings("unchecked")
	List<Row> get(String table) {
		int index = indexOf(table);
		return (index >= 0) ? (List<Row>) this.rows[index] : List.of();
	}

	private int indexOf(String table) {
		// One walk comparing each name's hash (kept in the string), so that a table the
		// group lacks, the most common ask, is told without a second walk or equals.
		int hash = table.hashCode();
		for (int i = 0; i < this.size; i++) {
			if (this.hashes[i] == hash && (this.names[i] == table || this.names[i].equals(table))) {
				return i;
			}
		}
		return -1;
	}

}
