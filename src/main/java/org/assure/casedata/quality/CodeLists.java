package org.assure.casedata.quality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;

/**
 * The DfE CIN census code lists by collection year, read from
 * {@code casedata/cin-census-codes.tsv} (derived from the census schemas 2022 to 2026). A
 * year before the first schema uses the first; a year after the last uses the last.
 */
public final class CodeLists {

	private static final CodeLists INSTANCE = load();

	private final List<Entry> entries;

	/**
	 * Each list's codes in a year, by a key that is not a string joined on every look-up:
	 * the rules ask for a list once per child.
	 */
	private final Map<ListYear, Set<String>> cache = new java.util.concurrent.ConcurrentHashMap<>();

	private record ListYear(String list, int year) {
	}

	private CodeLists(List<Entry> entries) {
		this.entries = entries;
	}

	/**
	 * The code lists shipped with Assure.
	 * @return the lists
	 */
	public static CodeLists dfe() {
		return INSTANCE;
	}

	/**
	 * The codes of a list valid in a collection year.
	 * @param list the list's name, such as {@code ReferralSource}
	 * @param year the collection year (the year of the 31 March reference date)
	 * @return the codes
	 */
	public Set<String> codes(String list, int year) {
		return this.cache.computeIfAbsent(new ListYear(list, year), (key) -> load(list, year));
	}

	private Set<String> load(String list, int year) {
		int first = this.entries.stream().mapToInt(Entry::firstYear).min().orElse(year);
		int last = this.entries.stream().mapToInt(Entry::lastYear).max().orElse(year);
		int effective = Math.max(first, Math.min(last, year));
		return this.entries.stream()
			.filter((entry) -> entry.list().equals(list) && entry.firstYear() <= effective
					&& effective <= entry.lastYear())
			.map(Entry::code)
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * The meaning of a code.
	 * @param list the list's name
	 * @param code the code
	 * @return its description, if the code is listed in any year
	 */
	public Optional<String> describe(String list, String code) {
		return this.entries.stream()
			.filter((entry) -> entry.list().equals(list) && entry.code().equals(code))
			.map(Entry::description)
			.findFirst();
	}

	/**
	 * Every list's name and its codes in a year, for documentation.
	 * @param year the collection year
	 * @return list name to codes
	 */
	public Map<String, Set<String>> all(int year) {
		Map<String, Set<String>> lists = new TreeMap<>();
		this.entries.stream().map(Entry::list).distinct().forEach((list) -> lists.put(list, codes(list, year)));
		return lists;
	}

	private static CodeLists load() {
		List<Entry> entries = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("casedata/cin-census-codes.tsv").getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\t", -1);
				entries.add(new Entry(cells[0], cells[1], Integer.parseInt(cells[2]), Integer.parseInt(cells[3]),
						cells[4]));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the DfE code lists", ex);
		}
		return new CodeLists(List.copyOf(entries));
	}

	record Entry(String list, String code, int firstYear, int lastYear, String description) {
	}

}
