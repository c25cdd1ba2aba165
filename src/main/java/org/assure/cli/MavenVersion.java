package org.assure.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maven's order of versions, as advisories about Maven packages use it: numbers compared
 * as numbers, qualifiers in the order {@code alpha < beta < milestone < rc < snapshot <}
 * a release {@code < sp}, then other words alphabetically, and trailing zeros ignored
 * ({@code 1.0 = 1}). A version is split at dots, hyphens and every change between digits
 * and letters.
 */
final class MavenVersion {

	/** Compares two versions in Maven's order. */
	static final Comparator<String> ORDER = MavenVersion::compare;

	private static final Map<String, Integer> QUALIFIERS = Map.ofEntries(Map.entry("alpha", 0), Map.entry("a", 0),
			Map.entry("beta", 1), Map.entry("b", 1), Map.entry("milestone", 2), Map.entry("m", 2), Map.entry("rc", 3),
			Map.entry("cr", 3), Map.entry("snapshot", 4), Map.entry("", 5), Map.entry("ga", 5), Map.entry("final", 5),
			Map.entry("release", 5), Map.entry("sp", 6));

	/** Where a release stands among the qualifiers. */
	private static final int RELEASE = 5;

	private MavenVersion() {
	}

	static int compare(String left, String right) {
		List<Object> a = items(left);
		List<Object> b = items(right);
		for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
			Object x = (i < a.size()) ? a.get(i) : null;
			Object y = (i < b.size()) ? b.get(i) : null;
			int order = compareItem(x, y);
			if (order != 0) {
				return order;
			}
		}
		return 0;
	}

	/**
	 * A version's items: numbers as {@link java.math.BigInteger}s, words in lower case;
	 * trailing items equal to nothing (zeros and release words) removed.
	 */
	static List<Object> items(String version) {
		List<Object> items = new ArrayList<>();
		String text = version.strip().toLowerCase(Locale.ROOT);
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			boolean end = i == text.length();
			char c = end ? '.' : text.charAt(i);
			boolean separator = c == '.' || c == '-' || c == '_' || c == '+';
			boolean change = !separator && i > start && Character.isDigit(c) != Character.isDigit(text.charAt(i - 1));
			if (separator || change || end) {
				if (i > start) {
					String item = text.substring(start, i);
					items.add(Character.isDigit(item.charAt(0)) ? new java.math.BigInteger(item) : item);
				}
				start = separator ? i + 1 : i;
			}
		}
		// As Maven does, "1.0-rc1" is "1-rc1": zeros before a word count for nothing.
		for (int i = items.size() - 2; i >= 0; i--) {
			if (items.get(i + 1) instanceof String && java.math.BigInteger.ZERO.equals(items.get(i)) && i > 0) {
				items.remove(i);
			}
		}
		while (!items.isEmpty() && compareItem(items.get(items.size() - 1), null) == 0) {
			items.remove(items.size() - 1);
		}
		return items;
	}

	private static int compareItem(Object x, Object y) {
		if (x == null && y == null) {
			return 0;
		}
		if (x == null) {
			return -compareItem(y, null);
		}
		if (x instanceof java.math.BigInteger number) {
			if (y == null) {
				return number.signum();
			}
			// A number comes after any word: 1.1 > 1-rc, 1.1 > 1-sp.
			return (y instanceof java.math.BigInteger other) ? number.compareTo(other) : 1;
		}
		String word = (String) x;
		if (y == null) {
			return Integer.compare(rank(word), RELEASE);
		}
		if (y instanceof java.math.BigInteger) {
			return -1;
		}
		String other = (String) y;
		int order = Integer.compare(rank(word), rank(other));
		return (order != 0 || rank(word) <= QUALIFIERS.get("sp")) ? order : word.compareTo(other);
	}

	/** A qualifier's rank; words Maven does not know come after every known one. */
	private static int rank(String word) {
		return QUALIFIERS.getOrDefault(word, QUALIFIERS.get("sp") + 1);
	}

}
