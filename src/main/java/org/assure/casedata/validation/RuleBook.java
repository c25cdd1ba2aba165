package org.assure.casedata.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The DfE rule sets of one return, by collection year, each built on the one before: the
 * first year lists its rules, each later year the rules it adds, changes (a rule with a
 * code already held replaces it) and withdraws. Last year's return is judged by last
 * year's rules.
 */
public final class RuleBook {

	private final String source;

	private final NavigableMap<Integer, Map<String, DfeRule>> years = new TreeMap<>();

	private final NavigableMap<Integer, Changes> changes = new TreeMap<>();

	private RuleBook(String source) {
		this.source = source;
	}

	/**
	 * Starts a rule book.
	 * @param source the return ({@code cin-census}, {@code ssda903})
	 * @return the builder
	 */
	public static Builder builder(String source) {
		return new Builder(new RuleBook(source));
	}

	public String source() {
		return this.source;
	}

	/**
	 * The collection years that have a rule set.
	 * @return the years, earliest first
	 */
	public SortedSet<Integer> years() {
		return Collections.unmodifiableSortedSet(new TreeSet<>(this.years.keySet()));
	}

	/**
	 * The rule set that judges a collection year: its own, or for a year before the first
	 * the first, for a year after the last the last.
	 * @param collectionYear the year of the 31 March ending the collection
	 * @return the year whose rule set applies
	 */
	public int effectiveYear(int collectionYear) {
		Integer floor = this.years.floorKey(collectionYear);
		return (floor != null) ? floor : this.years.firstKey();
	}

	/**
	 * The rules of a collection year.
	 * @param collectionYear the year
	 * @return the rules, by code order
	 */
	public List<DfeRule> rules(int collectionYear) {
		return List.copyOf(this.years.get(effectiveYear(collectionYear)).values());
	}

	/**
	 * The codes of a collection year's rules.
	 * @param collectionYear the year
	 * @return the codes, sorted
	 */
	public SortedSet<String> codes(int collectionYear) {
		return new TreeSet<>(this.years.get(effectiveYear(collectionYear)).keySet());
	}

	/**
	 * What each year added, changed and withdrew.
	 * @return the changes by year, earliest first
	 */
	public NavigableMap<Integer, Changes> history() {
		return Collections.unmodifiableNavigableMap(this.changes);
	}

	/**
	 * The collection years a rule applies to.
	 * @param code the rule's code
	 * @return the years whose rule set holds it
	 */
	public List<Integer> yearsOf(String code) {
		List<Integer> held = new ArrayList<>();
		this.years.forEach((year, rules) -> {
			if (rules.containsKey(code)) {
				held.add(year);
			}
		});
		return held;
	}

	/** What one year's rule set adds, changes and withdraws. */
	public static final class Changes {

		private final List<String> added = new ArrayList<>();

		private final List<String> changed = new ArrayList<>();

		private final List<String> withdrawn = new ArrayList<>();

		private final Map<String, DfeRule> rules = new LinkedHashMap<>();

		/**
		 * Adds rules, or changes those with a code already held.
		 * @param newRules the rules
		 * @return these changes
		 */
		public Changes add(List<DfeRule> newRules) {
			for (DfeRule rule : newRules) {
				this.rules.put(rule.spec().code(), rule);
			}
			return this;
		}

		/**
		 * Withdraws rules.
		 * @param codes their codes
		 * @return these changes
		 */
		public Changes withdraw(String... codes) {
			this.withdrawn.addAll(List.of(codes));
			return this;
		}

		public List<String> added() {
			return this.added;
		}

		public List<String> changed() {
			return this.changed;
		}

		public List<String> withdrawn() {
			return this.withdrawn;
		}

	}

	/** Builds the rule sets, year by year. */
	public static final class Builder {

		private final RuleBook book;

		Builder(RuleBook book) {
			this.book = book;
		}

		/**
		 * The next collection year's rule set: the previous year's with these changes.
		 * @param collectionYear the year (later than the last)
		 * @param change what the year adds, changes and withdraws
		 * @return this builder
		 */
		public Builder year(int collectionYear, Consumer<Changes> change) {
			if (!this.book.years.isEmpty() && collectionYear <= this.book.years.lastKey()) {
				throw new IllegalArgumentException("Rule sets are built in order of year: " + collectionYear);
			}
			Changes changes = new Changes();
			change.accept(changes);
			Map<String, DfeRule> rules = this.book.years.isEmpty() ? new TreeMap<>()
					: new TreeMap<>(this.book.years.lastEntry().getValue());
			for (String code : changes.withdrawn) {
				if (rules.remove(code) == null) {
					throw new IllegalArgumentException("Cannot withdraw " + code + ": not in the rule set");
				}
			}
			changes.rules.forEach((code, rule) -> {
				(rules.containsKey(code) ? changes.changed : changes.added).add(code);
				rules.put(code, rule);
			});
			this.book.years.put(collectionYear, Collections.unmodifiableMap(rules));
			this.book.changes.put(collectionYear, changes);
			return this;
		}

		public RuleBook build() {
			if (this.book.years.isEmpty()) {
				throw new IllegalStateException("A rule book needs at least one year");
			}
			return this.book;
		}

	}

}
