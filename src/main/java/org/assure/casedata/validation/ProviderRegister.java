package org.assure.casedata.validation;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.assure.casedata.ImportFailed;
import org.assure.casedata.csv.AssureCsv;
import org.assure.casedata.ssda903.Ssda903Reader;
import org.jspecify.annotations.Nullable;

/**
 * Ofsted's register of children's social care providers, as the SSDA903 rules look a
 * placement's URN up in it (rules 219, 221, 224, 227, 228, 229, 1008): for each URN the
 * placement types and provider codes it may give, its postcode, its local authority and
 * the day its registration ended. Read from a CSV file with the columns {@code URN}
 * (required), {@code PLACE_CODES}, {@code PROVIDER_CODES} (lists separated by commas,
 * semicolons or spaces), {@code POSTCODE}, {@code LA} (the ONS code of its authority) and
 * {@code REG_END} (dd/mm/yyyy, blank while registered).
 */
public final class ProviderRegister {

	/**
	 * The DfE's code (seven X's) for a URN not known, which no register holds: rules 222,
	 * 230 and the register rules pass over it.
	 */
	public static final String NO_URN = "X".repeat(7);

	private final Map<String, Provider> providers;

	private ProviderRegister(Map<String, Provider> providers) {
		this.providers = providers;
	}

	/**
	 * A provider on the register.
	 *
	 * @param urn its unique reference number
	 * @param placeCodes the placement types it may give
	 * @param providerCodes the placement provider codes it may be recorded with
	 * @param postcode its postcode, or null
	 * @param authority the ONS code of its local authority, or null
	 * @param registrationEnded the day its registration ended, or null while registered
	 */
	public record Provider(String urn, Set<String> placeCodes, Set<String> providerCodes, @Nullable String postcode,
			@Nullable String authority, @Nullable LocalDate registrationEnded) {
	}

	/**
	 * A register of the providers given.
	 * @param providers the providers
	 * @return the register
	 */
	public static ProviderRegister of(Iterable<Provider> providers) {
		Map<String, Provider> byUrn = new HashMap<>();
		for (Provider provider : providers) {
			byUrn.put(key(provider.urn()), provider);
		}
		return new ProviderRegister(byUrn);
	}

	/**
	 * Reads the register from a CSV file.
	 * @param file the file
	 * @return the register
	 * @throws ImportFailed when the file cannot be read, lacks its URN column, or a row
	 * gives a date that is not one
	 */
	public static ProviderRegister read(Path file) {
		String name = file.getFileName().toString();
		Map<String, Provider> providers = new HashMap<>();
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
				CSVParser parser = AssureCsv.open(in)) {
			Map<String, String> columns = Ssda903Reader.columns(parser);
			if (!columns.containsKey("URN")) {
				throw new ImportFailed(name + ": is not a register of providers Assure can read: it needs a URN "
						+ "column, with PLACE_CODES, PROVIDER_CODES, POSTCODE, LA and REG_END beside it");
			}
			for (CSVRecord record : parser) {
				String urn = PostcodeDirectory.value(record, columns.get("URN"));
				if (urn == null) {
					continue;
				}
				String ended = PostcodeDirectory.value(record, columns.get("REG_END"));
				LocalDate end = Row.parseDate(ended);
				if (ended != null && end == null) {
					throw new ImportFailed(name + ": row " + (record.getRecordNumber() + 1) + ", REG_END: '" + ended
							+ "' is not a date (dd/mm/yyyy)");
				}
				String authority = PostcodeDirectory.value(record, columns.get("LA"));
				providers.put(key(urn),
						new Provider(urn, codes(PostcodeDirectory.value(record, columns.get("PLACE_CODES"))),
								codes(PostcodeDirectory.value(record, columns.get("PROVIDER_CODES"))),
								PostcodeDirectory.value(record, columns.get("POSTCODE")),
								(authority != null) ? authority.toUpperCase(Locale.ROOT) : null, end));
			}
		}
		catch (IOException ex) {
			throw new ImportFailed(name + ": cannot be read (" + ex.getMessage() + ")", ex);
		}
		catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException ex) {
			throw new ImportFailed(name + ": is not a CSV file Assure can read (" + ex.getMessage() + ")", ex);
		}
		return new ProviderRegister(providers);
	}

	/**
	 * A provider by its URN, as an episode writes it.
	 * @param urn the URN
	 * @return the provider, or null when the register does not hold it
	 */
	public @Nullable Provider provider(String urn) {
		return this.providers.get(key(urn));
	}

	/**
	 * The providers' postcodes, keyed as the postcode directory keys them.
	 * @return the postcodes
	 */
	public java.util.Set<String> postcodes() {
		java.util.Set<String> postcodes = new java.util.HashSet<>();
		for (Provider provider : this.providers.values()) {
			if (provider.postcode() != null) {
				postcodes.add(PostcodeDirectory.key(provider.postcode()));
			}
		}
		return postcodes;
	}

	/**
	 * Every provider on the register.
	 * @return the providers
	 */
	public java.util.Collection<Provider> providers() {
		return java.util.Collections.unmodifiableCollection(this.providers.values());
	}

	public int size() {
		return this.providers.size();
	}

	private static String key(String urn) {
		return urn.strip().toUpperCase(Locale.ROOT);
	}

	private static Set<String> codes(@Nullable String list) {
		Set<String> codes = new LinkedHashSet<>();
		if (list != null) {
			for (String code : list.split("[,;\\s]+")) {
				if (!code.isBlank()) {
					codes.add(code.strip().toUpperCase(Locale.ROOT));
				}
			}
		}
		return Set.copyOf(codes);
	}

}
