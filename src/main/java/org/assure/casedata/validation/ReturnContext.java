package org.assure.casedata.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.assure.calendar.WorkingDays;
import org.assure.casedata.quality.CodeLists;
import org.jspecify.annotations.Nullable;

/**
 * What the rules know of the return as a whole: its collection year and period, the
 * working-day calendar, the code lists, its header, and last year's return when one has
 * been given.
 */
public final class ReturnContext {

	private final int collectionYear;

	private final LocalDate referenceDate;

	private final WorkingDays workingDays;

	private final CodeLists codes;

	private final List<String> notes = new ArrayList<>();

	private @Nullable Row header;

	private @Nullable PreviousReturn previous;

	private java.util.@Nullable Map<String, java.util.Set<String>> tables;

	private ReferenceData reference = ReferenceData.NONE;

	/** Working days before the reference date, by how many: every child asks the same. */
	private final java.util.Map<Integer, LocalDate> beforeReference = new java.util.HashMap<>();

	/**
	 * A return's context.
	 * @param collectionYear the year of the 31 March that ends the collection (2026 for
	 * 2025-26)
	 * @param workingDays the calendar
	 * @param codes the DfE code lists
	 */
	public ReturnContext(int collectionYear, WorkingDays workingDays, CodeLists codes) {
		this.collectionYear = collectionYear;
		this.referenceDate = LocalDate.of(collectionYear, 3, 31);
		this.workingDays = workingDays;
		this.codes = codes;
	}

	/**
	 * A copy for another thread checking other children of the same return: what the
	 * return is (year, calendar, code lists, header, last year's return, tables,
	 * reference data) shared, its notes and worked-out dates its own.
	 * @return the copy
	 */
	ReturnContext forWorker() {
		ReturnContext copy = new ReturnContext(this.collectionYear, this.workingDays, this.codes);
		copy.header = this.header;
		copy.previous = this.previous;
		copy.tables = this.tables;
		copy.reference = this.reference;
		return copy;
	}

	public int collectionYear() {
		return this.collectionYear;
	}

	/**
	 * The end of the collection period: 31 March of the collection year.
	 * @return the reference date
	 */
	public LocalDate referenceDate() {
		return this.referenceDate;
	}

	/**
	 * The start of the collection period: 1 April of the year before.
	 * @return the first day
	 */
	public LocalDate periodStart() {
		return this.referenceDate.minusYears(1).plusDays(1);
	}

	/**
	 * Whether a date falls within the collection period, both ends included.
	 * @param date the date
	 * @return whether it is within
	 */
	public boolean inPeriod(@Nullable LocalDate date) {
		return date != null && !date.isBefore(periodStart()) && !date.isAfter(this.referenceDate);
	}

	public WorkingDays workingDays() {
		return this.workingDays;
	}

	/**
	 * The day a number of working days before the reference date, worked out once.
	 * @param workingDays how many working days
	 * @return the day
	 */
	public LocalDate workingDaysBeforeReference(int workingDays) {
		return this.beforeReference.computeIfAbsent(workingDays,
				(count) -> Dates.workingDaysBefore(this.referenceDate, count, this.workingDays));
	}

	public CodeLists codes() {
		return this.codes;
	}

	public @Nullable Row header() {
		return this.header;
	}

	void header(Row row) {
		this.header = row;
	}

	/**
	 * Last year's return, for the rules that compare with it.
	 * @return it, or null when none was given
	 */
	public @Nullable PreviousReturn previous() {
		return this.previous;
	}

	/**
	 * A child's record in last year's return.
	 * @param child this year's child
	 * @return last year's, or null when last year's return was not given or does not hold
	 * the child
	 */
	public @Nullable ReturnChild lastYears(ReturnChild child) {
		PreviousReturn last = previous();
		return (last != null && child.id() != null) ? last.child(child.id()) : null;
	}

	/**
	 * Gives last year's return to the rules that need it.
	 * @param previousReturn last year's return
	 */
	public void previous(PreviousReturn previousReturn) {
		this.previous = previousReturn;
	}

	/**
	 * Whether the return holds a table (a file of its columns, even with no rows): a rule
	 * that asks every child of a kind to have a row in a table the return does not hold
	 * at all leaves the gap to the file that is missing. A return whose tables are not
	 * known (a CIN census) holds every one.
	 * @param table the table's name
	 * @return whether it is held
	 */
	public boolean holds(String table) {
		return this.tables == null || this.tables.containsKey(table);
	}

	/**
	 * Names the tables the return holds, with their columns, before its children are
	 * checked.
	 * @param columns each table's columns
	 */
	public void tables(java.util.Map<String, java.util.Set<String>> columns) {
		java.util.Map<String, java.util.Set<String>> copy = new java.util.HashMap<>();
		columns.forEach((table, names) -> copy.put(table, java.util.Set.copyOf(names)));
		this.tables = copy;
	}

	/**
	 * Whether the return's table has a column (a derived item such as {@code PL_LA} that
	 * an authority's own extract may carry). A return whose tables are not known holds
	 * every column.
	 * @param table the table
	 * @param column the column
	 * @return whether it has it
	 */
	public boolean holds(String table, String column) {
		return this.tables == null || this.tables.getOrDefault(table, java.util.Set.of()).contains(column);
	}

	/**
	 * The data from outside the return that some rules need: the authority's own code,
	 * the postcode directory, Ofsted's register of providers.
	 * @return it, empty when none was given
	 */
	public ReferenceData reference() {
		return this.reference;
	}

	/**
	 * Gives the rules the data from outside the return.
	 * @param data the reference data
	 */
	public void reference(ReferenceData data) {
		this.reference = data;
	}

	/**
	 * Says something about how the return was judged (a rule that could not run, the rule
	 * set used for a year Assure holds no rules for).
	 * @param note the note
	 */
	public void note(String note) {
		if (!this.notes.contains(note)) {
			this.notes.add(note);
		}
	}

	public List<String> notes() {
		return this.notes;
	}

}
