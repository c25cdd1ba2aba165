package org.assure.casedata.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assure.casedata.validation.KeptReturn;
import org.assure.casedata.validation.LastYearsReturn;
import org.assure.casedata.validation.PreviousReturn;
import org.assure.casedata.validation.ReferenceData;
import org.assure.casedata.validation.ReturnChild;
import org.assure.casedata.validation.ReturnValidation;
import org.assure.casedata.validation.ssda903.Ssda903Rules;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SSDA903 returns imports keep for next year's rules ({@link KeptReturn}): written
 * with the import, in its transaction, and read back as last year's return when the next
 * year's return is imported or checked. A return imported again replaces what it kept.
 */
@Component
public class KeptReturns {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Pseudonymiser pseudonymiser;

	KeptReturns(JdbcClient jdbc, Pseudonymiser pseudonymiser) {
		this.jdbc = jdbc;
		this.pseudonymiser = pseudonymiser;
	}

	/**
	 * The keyed hash of a partnership's kept values: the import's HMAC, whose key lives
	 * outside the database.
	 * @param partnershipId the partnership
	 * @return the hash
	 */
	KeptReturn.Hasher hasher(long partnershipId) {
		return (text) -> this.pseudonymiser.key(partnershipId, "kept:" + text);
	}

	/**
	 * Writes what a batch keeps of its children, on the import's connection.
	 * @param connection the import's connection
	 * @param partnershipId the partnership
	 * @param batchId the batch
	 * @param children the children as read
	 * @return how many rows were kept
	 * @throws SQLException when the database refuses
	 */
	long write(Connection connection, long partnershipId, long batchId, List<ReturnChild> children)
			throws SQLException {
		long first;
		KeptReturn.Hasher hasher = hasher(partnershipId);
		long next = this.jdbc.sql("select coalesce(max(kept_row_id), 0) from kept_return_row where partnership_id = ?")
			.param(partnershipId)
			.query(Long.class)
			.single();
		first = next;
		try (PreparedStatement insert = connection.prepareStatement("insert into kept_return_row (partnership_id, "
				+ "kept_row_id, batch_id, child_key, table_name, row_number, fields_json) values (?, ?, ?, ?, ?, ?, ?)")) {
			int pending = 0;
			for (ReturnChild child : children) {
				if (child.id() == null || child.id().isBlank()) {
					continue;
				}
				String key = this.pseudonymiser.key(partnershipId, child.id());
				for (KeptReturn.KeptRow row : KeptReturn.keep(child, hasher)) {
					Map<String, Map<String, String>> fields = new LinkedHashMap<>();
					fields.put("clear", row.clear());
					fields.put("hashed", row.hashed());
					insert.setLong(1, partnershipId);
					insert.setLong(2, ++next);
					insert.setLong(3, batchId);
					insert.setString(4, key);
					insert.setString(5, row.table());
					insert.setInt(6, row.number());
					insert.setString(7, JSON.writeValueAsString(fields));
					insert.addBatch();
					if (++pending >= 500) {
						insert.executeBatch();
						pending = 0;
					}
				}
			}
			if (pending > 0) {
				insert.executeBatch();
			}
		}
		return next - first;
	}

	/**
	 * Last year's return for a partnership's return of a collection year: the one its
	 * import of last year kept, or none.
	 * @param partnershipId the partnership
	 * @param agencyId the agency whose batches alone the user may see, or null for all of
	 * the partnership's
	 * @param collectionYear this year's collection year
	 * @return where the rules find last year's return
	 */
	public LastYearsReturn lastYear(long partnershipId, @Nullable Long agencyId, int collectionYear) {
		String period = ReturnValidation.yearLabel(collectionYear - 1);
		Optional<Map<String, Object>> batch = this.jdbc
			.sql("select batch_id, imported_at from import_batch where partnership_id = ? and source = 'ssda903' "
					+ "and period_code = ? and (cast(? as bigint) is null or agency_id = ?)")
			.params(partnershipId, period, agencyId, agencyId)
			.query()
			.listOfRows()
			.stream()
			.findFirst();
		KeptReturn.Hasher hasher = hasher(partnershipId);
		return new LastYearsReturn() {

			private @Nullable String found;

			@Override
			public @Nullable PreviousReturn beside(List<ReturnChild> thisYear, ReferenceData reference) {
				if (batch.isEmpty()) {
					return null;
				}
				long batchId = ((Number) batch.get().get("batch_id")).longValue();
				Map<String, List<KeptReturn.KeptRow>> kept = read(partnershipId, batchId);
				if (kept.isEmpty()) {
					return null;
				}
				String label = period + " return (import batch " + batchId + ")";
				List<ReturnChild> restored = new ArrayList<>();
				for (ReturnChild child : thisYear) {
					List<KeptReturn.KeptRow> rows = (child.id() != null)
							? kept.get(KeptReturns.this.pseudonymiser.key(partnershipId, child.id())) : null;
					if (rows != null) {
						ReturnChild last = KeptReturn.restore(child, rows, hasher, label);
						reference.derive(last);
						restored.add(last);
					}
				}
				Object when = batch.get().get("imported_at");
				this.found = "Compared with last year's return (" + period + ") as imported in batch " + batchId
						+ ((when != null) ? " on " + date(when) : "") + " for the rules that compare with it ("
						+ String.join(", ", Ssda903Rules.NEED_LAST_YEAR) + ")";
				return new PreviousReturn(collectionYear - 1, restored);
			}

			@Override
			public String missing() {
				return "Last year's return (" + period + ") has not been imported as CSV tables, so the rules that "
						+ "compare with it (" + String.join(", ", Ssda903Rules.NEED_LAST_YEAR) + ") were not run";
			}

			@Override
			public @Nullable String found() {
				return this.found;
			}
		};
	}

	private Map<String, List<KeptReturn.KeptRow>> read(long partnershipId, long batchId) {
		Map<String, List<KeptReturn.KeptRow>> kept = new HashMap<>();
		this.jdbc
			.sql("select child_key, table_name, row_number, fields_json from kept_return_row "
					+ "where partnership_id = ? and batch_id = ? order by kept_row_id")
			.params(partnershipId, batchId)
			.query((rs) -> {
				Map<String, Map<String, String>> fields = JSON.readValue(rs.getString("fields_json"),
						new TypeReference<Map<String, Map<String, String>>>() {
						});
				kept.computeIfAbsent(rs.getString("child_key"), (key) -> new ArrayList<>())
					.add(new KeptReturn.KeptRow(rs.getString("table_name"), rs.getInt("row_number"),
							fields.getOrDefault("clear", Map.of()), fields.getOrDefault("hashed", Map.of())));
			});
		return kept;
	}

	private static String date(Object when) {
		if (when instanceof OffsetDateTime time) {
			return time.toLocalDate().toString();
		}
		if (when instanceof java.sql.Timestamp stamp) {
			return stamp.toLocalDateTime().toLocalDate().toString();
		}
		String text = when.toString();
		return (text.length() >= 10) ? text.substring(0, 10) : text;
	}

}
