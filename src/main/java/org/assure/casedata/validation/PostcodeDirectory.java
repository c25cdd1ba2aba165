package org.assure.casedata.validation;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.assure.casedata.ImportFailed;
import org.assure.casedata.csv.AssureCsv;
import org.assure.casedata.ssda903.Ssda903Reader;
import org.jspecify.annotations.Nullable;

/**
 * Postcodes with the local authority and grid reference of each, as the ONS Postcode
 * Directory (ONSPD) gives them: the DfE derives a placement's local authority
 * ({@code PL_LA}) and its distance from home ({@code PL_DISTANCE}) from the home and
 * placement postcodes this way. A CSV extract of the directory is read by its column
 * names: the postcode ({@code pcds}, {@code pcd}, {@code pcd7}, {@code pcd8} or
 * {@code postcode}), the district ({@code oslaua}, {@code laua} or {@code ladNNcd}), the
 * county where there is one ({@code oscty} or {@code ctyNNcd}; {@code E99999999} where
 * there is none), an upper-tier authority where the extract has one ({@code utlaNNcd}),
 * and the grid reference in metres ({@code oseast1m}, {@code osnrth1m}).
 */
public final class PostcodeDirectory {

	/** The ONS's code for an area with no county (a unitary authority). */
	private static final String NO_COUNTY = "E99999999";

	/** A mile in kilometres, as the DfE's guidance converts. */
	private static final double KM_PER_MILE = 1.6093;

	private final Map<String, Place> places;

	private PostcodeDirectory(Map<String, Place> places) {
		this.places = places;
	}

	/**
	 * A postcode's place: the authority responsible for children's services there (the
	 * county of a two-tier area, else the district or unitary authority) and its grid
	 * reference, when the directory gives one.
	 *
	 * @param authority the authority's ONS code
	 * @param easting metres east, or null
	 * @param northing metres north, or null
	 */
	public record Place(String authority, @Nullable Integer easting, @Nullable Integer northing) {

		/**
		 * The authority as a placement's {@code PL_LA} names it: the ONS code of an
		 * English authority, or WAL, SCO or NIR for the other countries of the UK.
		 * @return the code
		 */
		public String placementAuthority() {
			return switch (this.authority.charAt(0)) {
				case 'W' -> "WAL";
				case 'S' -> "SCO";
				case 'N' -> "NIR";
				default -> this.authority;
			};
		}

	}

	/**
	 * A directory of the places given.
	 * @param places each postcode's place, by postcode as written
	 * @return the directory
	 */
	public static PostcodeDirectory of(Map<String, Place> places) {
		Map<String, Place> byKey = new HashMap<>();
		places.forEach((postcode, place) -> byKey.put(key(postcode), place));
		return new PostcodeDirectory(byKey);
	}

	/**
	 * Reads an extract of the directory, keeping the postcodes asked for (the whole
	 * directory holds 2.7 million).
	 * @param file the CSV file
	 * @param wanted whether to keep a postcode (as {@link #key} writes it)
	 * @return the directory
	 * @throws ImportFailed when the file cannot be read or lacks a column it needs
	 */
	public static PostcodeDirectory read(Path file, Predicate<String> wanted) {
		Map<String, Place> places = new HashMap<>();
		each(file, wanted, places::put);
		return new PostcodeDirectory(places);
	}

	/**
	 * Reads an extract of the directory a postcode at a time, for loading the whole of
	 * it.
	 * @param file the CSV file
	 * @param wanted whether to read a postcode (as {@link #key} writes it)
	 * @param each called with each postcode's key and place
	 * @return how many postcodes were read
	 * @throws ImportFailed when the file cannot be read or lacks a column it needs
	 */
	public static long each(Path file, Predicate<String> wanted, java.util.function.BiConsumer<String, Place> each) {
		String name = file.getFileName().toString();
		long count = 0;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
				CSVParser parser = AssureCsv.open(in)) {
			Map<String, String> columns = lowerCase(Ssda903Reader.columns(parser));
			String postcode = first(columns, List.of("pcds", "pcd", "pcd7", "pcd8", "pcd2", "postcode"));
			String district = first(columns, List.of("oslaua", "laua", "lad"), "lad\\d\\dcd");
			String county = first(columns, List.of("oscty", "cty"), "cty\\d\\dcd");
			String upperTier = first(columns, List.of("utla"), "utla\\d\\dcd");
			String easting = first(columns, List.of("oseast1m", "easting"));
			String northing = first(columns, List.of("osnrth1m", "northing"));
			if (postcode == null || (district == null && upperTier == null)) {
				throw new ImportFailed(name + ": is not a postcode directory Assure can read: it needs a postcode "
						+ "column (pcds, pcd or postcode) and a local authority column (oslaua, laua, ladNNcd or "
						+ "utlaNNcd), as the ONS Postcode Directory names them");
			}
			for (CSVRecord record : parser) {
				String code = value(record, postcode);
				if (code == null || !wanted.test(key(code))) {
					continue;
				}
				String authority = value(record, upperTier);
				if (authority == null) {
					String countyCode = value(record, county);
					authority = (countyCode != null && !NO_COUNTY.equals(countyCode)) ? countyCode
							: value(record, district);
				}
				if (authority == null) {
					continue;
				}
				each.accept(key(code), new Place(authority.toUpperCase(Locale.ROOT),
						metres(record, easting, name, "easting"), metres(record, northing, name, "northing")));
				count++;
			}
		}
		catch (IOException ex) {
			throw new ImportFailed(name + ": cannot be read (" + ex.getMessage() + ")", ex);
		}
		catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException ex) {
			throw new ImportFailed(name + ": is not a CSV file Assure can read (" + ex.getMessage() + ")", ex);
		}
		return count;
	}

	/**
	 * A postcode as the directory is keyed: upper case, without spaces.
	 * @param postcode the postcode as written
	 * @return the key
	 */
	public static String key(String postcode) {
		StringBuilder key = new StringBuilder(postcode.length());
		for (int index = 0; index < postcode.length(); index++) {
			char c = postcode.charAt(index);
			if (!Character.isWhitespace(c)) {
				key.append(Character.toUpperCase(c));
			}
		}
		return key.toString();
	}

	/**
	 * Whether two postcodes as written have the same {@link #key}, found without making
	 * either key.
	 * @param one a postcode
	 * @param other another
	 * @return whether they are the same postcode
	 */
	public static boolean sameKey(String one, String other) {
		int i = 0;
		int j = 0;
		while (true) {
			while (i < one.length() && Character.isWhitespace(one.charAt(i))) {
				i++;
			}
			while (j < other.length() && Character.isWhitespace(other.charAt(j))) {
				j++;
			}
			if (i == one.length() || j == other.length()) {
				return i == one.length() && j == other.length();
			}
			if (Character.toUpperCase(one.charAt(i)) != Character.toUpperCase(other.charAt(j))) {
				return false;
			}
			i++;
			j++;
		}
	}

	/**
	 * A postcode's place.
	 * @param postcode the postcode, as written
	 * @return its place, or null when the directory does not hold it
	 */
	public @Nullable Place place(@Nullable String postcode) {
		return (postcode != null) ? this.places.get(key(postcode)) : null;
	}

	/**
	 * The distance between two places as the DfE's guidance works it out: the straight
	 * line between their grid references, in miles, to one decimal place.
	 * @param home the child's home
	 * @param placement the placement
	 * @return the distance, or null when either has no grid reference
	 */
	public static @Nullable String miles(Place home, Place placement) {
		if (home.easting() == null || home.northing() == null || placement.easting() == null
				|| placement.northing() == null) {
			return null;
		}
		double metres = Math.hypot(home.easting() - placement.easting(), home.northing() - placement.northing());
		double miles = metres / 1000.0 / KM_PER_MILE;
		return java.math.BigDecimal.valueOf(miles).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
	}

	public int size() {
		return this.places.size();
	}

	private static Map<String, String> lowerCase(Map<String, String> columns) {
		Map<String, String> lower = new java.util.LinkedHashMap<>();
		columns.forEach((column, header) -> lower.put(column.toLowerCase(Locale.ROOT), header));
		return lower;
	}

	private static @Nullable String first(Map<String, String> columns, List<String> names) {
		return first(columns, names, null);
	}

	private static @Nullable String first(Map<String, String> columns, List<String> names, @Nullable String pattern) {
		for (String name : names) {
			if (columns.containsKey(name)) {
				return columns.get(name);
			}
		}
		if (pattern != null) {
			for (Map.Entry<String, String> column : columns.entrySet()) {
				if (column.getKey().matches(pattern)) {
					return column.getValue();
				}
			}
		}
		return null;
	}

	/** A cell's trimmed text, or null when the column is absent or the cell blank. */
	static @Nullable String value(CSVRecord record, @Nullable String column) {
		if (column == null || !record.isSet(column)) {
			return null;
		}
		String value = record.get(column).trim();
		return value.isEmpty() ? null : value;
	}

	private static @Nullable Integer metres(CSVRecord record, @Nullable String column, String file, String what) {
		String value = value(record, column);
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw new ImportFailed(file + ": row " + (record.getRecordNumber() + 1) + ", " + column + ": '" + value
					+ "' is not an " + what + " in metres");
		}
	}

}
