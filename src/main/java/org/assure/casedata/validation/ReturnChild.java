package org.assure.casedata.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One child's rows of a return, by table: what the rules judge at a time, so that a
 * return of any size needs the memory of one child.
 */
public final class ReturnChild {

	private final @Nullable String id;

	private final TableRows tables = new TableRows();

	private @Nullable Map<Object, Object> derived;

	/**
	 * A child.
	 * @param id the child's id as the return gives it, or null when it gives none
	 */
	public ReturnChild(@Nullable String id) {
		this.id = id;
	}

	public @Nullable String id() {
		return this.id;
	}

	/**
	 * Something several rules work out from the child's rows (the episodes in order, the
	 * periods of care), worked out once and kept with the child. The rows must all have
	 * been added; a child's rules run on one thread.
	 * @param <T> its type
	 * @param key what it is (a string, or a record of what it is made from: it is looked
	 * up once per rule and child, so it should not be built by joining strings)
	 * @param make works it out
	 * @return it
	 */
	@SuppressWarnings("unchecked")
	public <T> T derived(Object key, java.util.function.Supplier<T> make) {
		if (this.derived == null) {
			this.derived = new java.util.HashMap<>(4);
		}
		Object value = this.derived.get(key);
		if (value == null) {
			value = make.get();
			this.derived.put(key, value);
		}
		return (T) value;
	}

	/**
	 * Something already worked out for the child, without making it.
	 * @param <T> its type
	 * @param key what it is
	 * @return it, or null when not yet worked out
	 */
	@SuppressWarnings("unchecked")
	public <T> @Nullable T known(Object key) {
		return (this.derived != null) ? (T) this.derived.get(key) : null;
	}

	/**
	 * Adds a top-level row of the child.
	 * @param row the row
	 */
	public void add(Row row) {
		this.tables.add(row.table(), row);
	}

	/**
	 * The child's top-level rows of a table.
	 * @param table the table
	 * @return the rows, in file order
	 */
	public List<Row> rows(String table) {
		return this.tables.get(table);
	}

	/**
	 * Whether the child has rows of a table.
	 * @param table the table
	 * @return true when it has one at least
	 */
	public boolean has(String table) {
		return !this.tables.get(table).isEmpty();
	}

	/**
	 * The child's only (or first) row of a table.
	 * @param table the table
	 * @return the row, or null
	 */
	public @Nullable Row first(String table) {
		List<Row> rows = rows(table);
		return rows.isEmpty() ? null : rows.get(0);
	}

	/**
	 * Every row of a table nested under the child's top-level rows of another, as the
	 * DfE's flat tables list them ({@code Assessments} under every {@code CINdetails}).
	 * @param parentTable the top-level table
	 * @param childTable the nested table
	 * @return the nested rows, in file order
	 */
	public List<Row> nested(String parentTable, String childTable) {
		List<Row> nested = new ArrayList<>();
		for (Row parent : rows(parentTable)) {
			nested.addAll(parent.rows(childTable));
		}
		return nested;
	}

}
