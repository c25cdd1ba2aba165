package org.assure.casedata.internal;

import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assure.casedata.ImportFailed;
import org.assure.casedata.ImportFile;
import org.assure.casedata.validation.PostcodeDirectory;
import org.assure.casedata.validation.ProviderRegister;
import org.assure.casedata.validation.ReferenceData;
import org.assure.casedata.validation.Ssda903ReturnReader;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reference data some SSDA903 rules read beside a return, held for every partnership:
 * the ONS Postcode Directory (each postcode's authority and grid reference) and Ofsted's
 * register of providers, each loaded whole from its file and replaced whole by the next
 * load. Imports and checks on the web take from them what a return needs.
 */
@Component
public class ReferenceTables {

	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final org.springframework.jdbc.core.JdbcTemplate template;

	ReferenceTables(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template,
			TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.template = template;
		this.transactions = transactions;
	}

	/**
	 * Replaces the postcode directory with a file's.
	 * @param file the ONS Postcode Directory, or an extract, as CSV
	 * @return how many postcodes were loaded
	 * @throws ImportFailed when the file cannot be read as a directory (nothing is
	 * changed)
	 */
	public long loadPostcodes(Path file) {
		Long loaded = this.transactions.execute((status) -> {
			this.jdbc.sql("delete from reference_postcode").update();
			List<Object[]> batch = new ArrayList<>(CHUNK);
			long count = PostcodeDirectory.each(file, (key) -> key.length() <= 8, (key, place) -> {
				batch.add(new Object[] { key, place.authority(), place.easting(), place.northing() });
				if (batch.size() >= CHUNK) {
					insertPostcodes(batch);
				}
			});
			insertPostcodes(batch);
			return count;
		});
		return (loaded != null) ? loaded : 0;
	}

	private void insertPostcodes(List<Object[]> batch) {
		if (batch.isEmpty()) {
			return;
		}
		this.template.batchUpdate(
				"insert into reference_postcode (postcode_key, authority, easting, northing) values (?, ?, ?, ?)",
				batch);
		batch.clear();
	}

	/**
	 * Replaces the register of providers with a file's.
	 * @param file the register, as CSV
	 * @return how many providers were loaded
	 * @throws ImportFailed when the file cannot be read as a register (nothing is
	 * changed)
	 */
	public long loadProviders(Path file) {
		ProviderRegister register = ProviderRegister.read(file);
		Long loaded = this.transactions.execute((status) -> {
			this.jdbc.sql("delete from reference_provider").update();
			List<Object[]> batch = new ArrayList<>(CHUNK);
			for (ProviderRegister.Provider provider : register.providers()) {
				batch.add(new Object[] { provider.urn().strip().toUpperCase(java.util.Locale.ROOT),
						truncate(String.join(" ", new java.util.TreeSet<>(provider.placeCodes())), 200),
						truncate(String.join(" ", new java.util.TreeSet<>(provider.providerCodes())), 100),
						truncate(provider.postcode(), 10), truncate(provider.authority(), 9),
						(provider.registrationEnded() != null) ? Date.valueOf(provider.registrationEnded()) : null });
				if (batch.size() >= CHUNK) {
					insertProviders(batch);
				}
			}
			insertProviders(batch);
			return (long) register.size();
		});
		return (loaded != null) ? loaded : 0;
	}

	private void insertProviders(List<Object[]> batch) {
		if (batch.isEmpty()) {
			return;
		}
		this.template
			.batchUpdate("insert into reference_provider (urn, place_codes, provider_codes, postcode, authority, "
					+ "registration_ended) values (?, ?, ?, ?, ?, ?)", batch);
		batch.clear();
	}

	/**
	 * The partnership's local authority, as the rules compare placements with it.
	 * @param partnershipId the partnership
	 * @return its ONS code, or null when not given
	 */
	public @Nullable String authority(long partnershipId) {
		return this.jdbc.sql("select ons_code from return_setting where partnership_id = ?")
			.param(partnershipId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/**
	 * Keeps the partnership's local authority.
	 * @param partnershipId the partnership
	 * @param onsCode its ONS code
	 * @throws IllegalArgumentException when the code is not a local authority's ONS code
	 */
	public void authority(long partnershipId, String onsCode) {
		String code = new ReferenceData(onsCode, null, null).authority();
		this.transactions.executeWithoutResult((status) -> {
			int updated = this.jdbc.sql("update return_setting set ons_code = ? where partnership_id = ?")
				.params(code, partnershipId)
				.update();
			if (updated == 0) {
				this.jdbc.sql("insert into return_setting (partnership_id, ons_code) values (?, ?)")
					.params(partnershipId, code)
					.update();
			}
		});
	}

	/**
	 * The reference data for a partnership's return: its authority's code as kept, and
	 * the postcodes and register held.
	 * @param partnershipId the partnership
	 * @param files the return's tables
	 * @return the reference data
	 */
	public ReferenceData forReturn(long partnershipId, List<ImportFile> files) {
		return forReturn(authority(partnershipId), files);
	}

	/**
	 * Removes the postcode directory and the register: the rules that need them are not
	 * run.
	 */
	public void clear() {
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("delete from reference_postcode").update();
			this.jdbc.sql("delete from reference_provider").update();
		});
	}

	/**
	 * How many postcodes and providers are held.
	 * @return the counts, by table
	 */
	public Map<String, Long> counts() {
		Map<String, Long> counts = new java.util.LinkedHashMap<>();
		counts.put("postcodes", this.jdbc.sql("select count(*) from reference_postcode").query(Long.class).single());
		counts.put("providers", this.jdbc.sql("select count(*) from reference_provider").query(Long.class).single());
		return counts;
	}

	/**
	 * The reference data for a return: the postcodes its episodes and its providers name,
	 * and the register, each when loaded; the authority's code as given.
	 * @param authority the returning authority's ONS code, or null
	 * @param files the return's tables
	 * @return the reference data
	 * @throws IllegalArgumentException when the authority's code is not an ONS code
	 */
	public ReferenceData forReturn(@Nullable String authority, List<ImportFile> files) {
		ReferenceData checked = new ReferenceData(authority, null, null);
		ProviderRegister register = register();
		PostcodeDirectory directory = null;
		if (this.jdbc.sql("select count(*) from reference_postcode").query(Long.class).single() > 0) {
			Set<String> wanted = Ssda903ReturnReader.postcodes(files);
			if (register != null) {
				wanted.addAll(register.postcodes());
			}
			directory = postcodes(wanted);
		}
		return new ReferenceData(checked.authority(), directory, register);
	}

	private @Nullable ProviderRegister register() {
		List<ProviderRegister.Provider> providers = this.jdbc
			.sql("select urn, place_codes, provider_codes, postcode, authority, registration_ended "
					+ "from reference_provider")
			.query((rs, row) -> {
				Date ended = rs.getDate("registration_ended");
				return new ProviderRegister.Provider(rs.getString("urn"), codes(rs.getString("place_codes")),
						codes(rs.getString("provider_codes")), rs.getString("postcode"), rs.getString("authority"),
						(ended != null) ? ended.toLocalDate() : null);
			})
			.list();
		return providers.isEmpty() ? null : ProviderRegister.of(providers);
	}

	private PostcodeDirectory postcodes(Set<String> wanted) {
		Map<String, PostcodeDirectory.Place> places = new HashMap<>();
		List<String> keys = new ArrayList<>(wanted);
		for (int from = 0; from < keys.size(); from += CHUNK) {
			List<String> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
			this.jdbc
				.sql("select postcode_key, authority, easting, northing from reference_postcode where postcode_key in ("
						+ String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")")
				.params(chunk.toArray())
				.query((rs) -> {
					int easting = rs.getInt("easting");
					Integer east = rs.wasNull() ? null : easting;
					int northing = rs.getInt("northing");
					Integer north = rs.wasNull() ? null : northing;
					places.put(rs.getString("postcode_key"),
							new PostcodeDirectory.Place(rs.getString("authority"), east, north));
				});
		}
		return PostcodeDirectory.of(places);
	}

	private static Set<String> codes(@Nullable String list) {
		return (list == null || list.isBlank()) ? Set.of() : Set.of(list.strip().split("\\s+"));
	}

	private static @Nullable String truncate(@Nullable String value, int length) {
		return (value == null || value.length() <= length) ? value : value.substring(0, length);
	}

}
