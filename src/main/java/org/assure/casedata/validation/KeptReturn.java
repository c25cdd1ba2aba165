package org.assure.casedata.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An SSDA903 return as an import keeps it for next year's rules: each child's rows of the
 * tables those rules compare (Header, Episodes, UASC, PlacedAdoption, Missing, OC3,
 * SWEpisodes, DoLo), with the values that identify a child (date of birth, mother's
 * child's date of birth, UPN, home and placement postcodes) kept only as keyed hashes,
 * and the child's id kept as the import's pseudonymised key, not in the rows.
 * <p>
 * Next year, each child's kept rows are restored beside that year's return: a hashed
 * value is given back as this year's value where the two hash alike (the rules then see
 * the same value both years), and as {@link #ANOTHER_VALUE} where they do not (the rules
 * see a difference, without Assure knowing last year's value); a hashed postcode that is
 * not this year's is left out.
 */
public final class KeptReturn {

	/** The tables next year's rules read. */
	public static final Set<String> TABLES = Set.of("Header", "Episodes", "UASC", "PlacedAdoption", "Missing",
			"SWEpisodes", "OC3", "DoLo");

	/** The fields kept only as keyed hashes. */
	public static final Set<String> HASHED = Set.of("DOB", "MC_DOB", "UPN", "HOME_POST", "PL_POST");

	/** What a restored row gives for a hashed value that is not this year's. */
	public static final String ANOTHER_VALUE = "(another value: Assure keeps last year's only as a keyed hash)";

	/** The UPN's codes for a UPN not known, which identify no one: kept as they are. */
	private static final Set<String> UNKNOWN_UPN = Set.of("UN1", "UN2", "UN3", "UN4", "UN5");

	private static final Set<String> POSTCODES = Set.of("HOME_POST", "PL_POST");

	private KeptReturn() {
	}

	/**
	 * A keyed hash (the import's HMAC, whose key lives outside the database).
	 */
	@FunctionalInterface
	public interface Hasher {

		/**
		 * Hashes a text.
		 * @param text the text
		 * @return its keyed hash
		 */
		String hash(String text);

	}

	/**
	 * One kept row.
	 *
	 * @param table the table
	 * @param number the row's number in its table
	 * @param clear the values kept as they are, by field
	 * @param hashed the values kept as keyed hashes, by field
	 */
	public record KeptRow(String table, int number, Map<String, String> clear, Map<String, String> hashed) {
	}

	/**
	 * The rows of a child to keep.
	 * @param child the child as read
	 * @param hasher the keyed hash
	 * @return the rows, the child's id left out
	 */
	public static List<KeptRow> keep(ReturnChild child, Hasher hasher) {
		List<KeptRow> kept = new ArrayList<>();
		for (String table : List.of("Header", "Episodes", "UASC", "PlacedAdoption", "Missing", "SWEpisodes")) {
			for (Row row : child.rows(table)) {
				Map<String, String> clear = new LinkedHashMap<>();
				Map<String, String> hashed = new LinkedHashMap<>();
				row.fields((field, value) -> {
					if ("CHILD".equals(field)) {
						return;
					}
					if (HASHED.contains(field) && !("UPN".equals(field) && UNKNOWN_UPN.contains(upper(value)))) {
						hashed.put(field, token(field, value, hasher));
					}
					else {
						clear.put(field, value);
					}
				});
				kept.add(new KeptRow(table, row.number(), clear, hashed));
			}
		}
		return kept;
	}

	/**
	 * A child's kept rows restored beside this year's rows of the same child.
	 * @param now the child in this year's return
	 * @param kept the child's rows kept last year
	 * @param hasher the same keyed hash
	 * @param file what to call last year's return where a finding names it
	 * @return last year's child, under this year's id
	 */
	public static ReturnChild restore(ReturnChild now, List<KeptRow> kept, Hasher hasher, String file) {
		Map<String, String> thisYears = new HashMap<>();
		for (String table : TABLES) {
			for (Row row : now.rows(table)) {
				row.fields((field, value) -> {
					if (HASHED.contains(field)) {
						// A postcode may move between the two fields from one year to the
						// next.
						String as = POSTCODES.contains(field) ? "HOME_POST" : field;
						thisYears.putIfAbsent(token(as, value, hasher), value);
					}
				});
			}
		}
		ReturnChild last = new ReturnChild(now.id());
		Map<String, Row.Fields> fields = new HashMap<>();
		for (KeptRow keptRow : kept) {
			Row row = new Row(keptRow.table(), keptRow.number(),
					fields.computeIfAbsent(keptRow.table(), (table) -> new Row.Fields()),
					new org.assure.casedata.journey.Location(file, keptRow.table() + " row " + keptRow.number()));
			if (now.id() != null) {
				row.put("CHILD", now.id());
			}
			keptRow.clear().forEach(row::put);
			keptRow.hashed().forEach((field, token) -> {
				String value = thisYears.get(token);
				if (value != null) {
					row.put(field, value);
				}
				else if (!POSTCODES.contains(field)) {
					row.put(field, ANOTHER_VALUE);
				}
			});
			last.add(row);
		}
		return last;
	}

	/**
	 * A value's token: the keyed hash of the value as the rules compare it (a date as a
	 * date, a UPN in capitals, a postcode without spaces), the field named so that equal
	 * texts of different fields hash apart (a postcode under one name for both fields).
	 */
	static String token(String field, String value, Hasher hasher) {
		String as = POSTCODES.contains(field) ? "HOME_POST" : field;
		return hasher.hash(as + "=" + normal(field, value));
	}

	private static String normal(String field, String value) {
		if (POSTCODES.contains(field)) {
			return PostcodeDirectory.key(value);
		}
		if (field.endsWith("DOB")) {
			LocalDate date = Row.parseDate(value);
			if (date != null) {
				return date.toString();
			}
		}
		return upper(value);
	}

	private static String upper(@Nullable String value) {
		return (value == null) ? "" : value.strip().toUpperCase(Locale.ROOT);
	}

}
