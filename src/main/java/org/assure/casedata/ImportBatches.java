package org.assure.casedata;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.assure.calendar.ReportingPeriod;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import batches and their data-quality findings. Every query is scoped by partnership
 * and, for an agency data lead, by the lead's agency.
 */
@Repository
@Transactional(readOnly = true)
public class ImportBatches {

	private static final String COLUMNS = "partnership_id, batch_id, source, period_code, reference_date, file_names, "
			+ "imported_by, imported_at, children, errors, queries, agency_id, disposed_at";

	private final JdbcClient jdbc;

	ImportBatches(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A partnership's batches, newest first.
	 * @param partnershipId the partnership
	 * @param agencyId only this agency's batches; null for all
	 * @return the batches
	 */
	public List<ImportBatch> of(long partnershipId, @Nullable Long agencyId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from import_batch where partnership_id = ? "
					+ ((agencyId != null) ? "and agency_id = ? " : "") + "order by imported_at desc, batch_id desc")
			.params((agencyId != null) ? List.of(partnershipId, agencyId) : List.of(partnershipId))
			.query((rs, row) -> batch(rs))
			.list();
	}

	/**
	 * What the import of a batch passed over or could not check (sheets that are not
	 * lists, files that are none of a return's tables, last year's return not found), as
	 * its summary kept them. The batch must already have been found for the caller's
	 * partnership and scope.
	 * @param partnershipId the partnership
	 * @param batchId the batch
	 * @return the notes, empty for a batch imported before imports kept them
	 */
	public List<String> notes(long partnershipId, long batchId) {
		Optional<String> json = this.jdbc
			.sql("select summary_json from import_batch where partnership_id = ? and batch_id = ?")
			.params(partnershipId, batchId)
			.query(String.class)
			.optional();
		if (json.isEmpty() || json.get().isBlank()) {
			return List.of();
		}
		return tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readValue(json.get(), ImportSummary.class)
			.notes();
	}

	/**
	 * The periods whose case-level data the retention schedule has deleted: their
	 * indicators are kept as computed and are not computed again.
	 * @param partnershipId the partnership
	 * @return the periods the disposed batches covered
	 */
	public List<BatchPeriod> disposedPeriods(long partnershipId) {
		List<BatchPeriod> periods = new java.util.ArrayList<>();
		for (String code : this.jdbc
			.sql("select period_code from import_batch where partnership_id = ? and disposed_at is not null")
			.param(partnershipId)
			.query(String.class)
			.list()) {
			try {
				periods.add(BatchPeriod.parse(code));
			}
			catch (IllegalArgumentException ex) {
				// a batch whose period Assure cannot read computed no period's indicators
			}
		}
		return periods;
	}

	/**
	 * Whether a period lies within one whose case-level data has been deleted.
	 * @param disposed the disposed periods
	 * @param period the period
	 * @return true when its indicators are to be kept as computed
	 */
	public static boolean within(List<BatchPeriod> disposed, ReportingPeriod period) {
		return disposed.stream()
			.anyMatch((gone) -> !period.start().isBefore(gone.start()) && !period.end().isAfter(gone.end()));
	}

	/**
	 * Whether the partnership's case data holds a child with this pseudonymised key: so
	 * that an audit names a case from the case data, never a name.
	 * @param partnershipId the partnership
	 * @param childKey the child's key
	 * @return true when some batch imported the child
	 */
	public boolean holdsChild(long partnershipId, String childKey) {
		return this.jdbc.sql("select count(*) from child where partnership_id = ? and child_key = ?")
			.params(partnershipId, childKey)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * One batch, if in scope.
	 * @param partnershipId the partnership
	 * @param batchId the batch
	 * @param agencyId the agency the caller is limited to, or null
	 * @return the batch
	 */
	public Optional<ImportBatch> find(long partnershipId, long batchId, @Nullable Long agencyId) {
		return of(partnershipId, agencyId).stream().filter((batch) -> batch.batchId() == batchId).findFirst();
	}

	/**
	 * A batch's findings counted by rule.
	 * @param partnershipId the partnership
	 * @param batchId the batch
	 * @return rule code to count, in rule order
	 */
	public Map<String, Long> findingsByRule(long partnershipId, long batchId) {
		Map<String, Long> counts = new java.util.TreeMap<>();
		this.jdbc
			.sql("select rule_code, count(*) as n from data_quality_finding where partnership_id = ? and batch_id = ? "
					+ "group by rule_code")
			.params(partnershipId, batchId)
			.query((rs, row) -> counts.put(rs.getString("rule_code"), rs.getLong("n")))
			.list();
		return counts;
	}

	/**
	 * One page of a batch's findings, optionally of one rule, one child or one field.
	 * @param partnershipId the partnership
	 * @param batchId the batch
	 * @param rule only this rule, or null
	 * @param child only this child's key, or null
	 * @param field only this field, or null
	 * @param page from 0
	 * @param pageSize findings per page
	 * @return the findings, in the order found
	 */
	public List<FindingRow> findings(long partnershipId, long batchId, @Nullable String rule, @Nullable String child,
			@Nullable String field, int page, int pageSize) {
		StringBuilder sql = new StringBuilder(
				"select rule_code, severity, file_name, location, child_key, field, message from data_quality_finding "
						+ "where partnership_id = ? and batch_id = ? ");
		List<Object> params = new java.util.ArrayList<>(List.of(partnershipId, batchId));
		if (rule != null) {
			sql.append("and rule_code = ? ");
			params.add(rule);
		}
		if (child != null) {
			sql.append("and child_key = ? ");
			params.add(child);
		}
		if (field != null) {
			sql.append("and field = ? ");
			params.add(field);
		}
		sql.append("order by finding_id limit ? offset ?");
		params.add(pageSize);
		params.add((long) page * pageSize);
		return this.jdbc.sql(sql.toString()).params(params).query(FindingRow.class).list();
	}

	/**
	 * The children with the most findings in a batch.
	 * @param partnershipId the partnership
	 * @param batchId the batch
	 * @param limit how many children
	 * @return each child's key with its errors and queries, most first
	 */
	public List<Count> findingsByChild(long partnershipId, long batchId, int limit) {
		return counts("child_key", partnershipId, batchId, limit);
	}

	/**
	 * The fields with the most findings in a batch.
	 * @param partnershipId the partnership
	 * @param batchId the batch
	 * @param limit how many fields
	 * @return each field with its errors and queries, most first
	 */
	public List<Count> findingsByField(long partnershipId, long batchId, int limit) {
		return counts("field", partnershipId, batchId, limit);
	}

	private List<Count> counts(String column, long partnershipId, long batchId, int limit) {
		return this.jdbc
			.sql("select " + column + " as name, " + "sum(case when severity = 'ERROR' then 1 else 0 end) as errors, "
					+ "sum(case when severity = 'ERROR' then 0 else 1 end) as queries "
					+ "from data_quality_finding where partnership_id = ? and batch_id = ? and " + column
					+ " is not null group by " + column + " order by count(*) desc, " + column + " limit ?")
			.params(partnershipId, batchId, limit)
			.query((rs, row) -> new Count(rs.getString("name"), rs.getLong("errors"), rs.getLong("queries")))
			.list();
	}

	/**
	 * Findings of one child or one field, by severity.
	 *
	 * @param name the child's key or the field
	 * @param errors findings of error severity
	 * @param queries findings of query severity
	 */
	public record Count(String name, long errors, long queries) {

		public long total() {
			return this.errors + this.queries;
		}

	}

	/**
	 * What the data-quality rules found in the batches behind a figure: errors and
	 * queries by rule, and how many children have an error.
	 * @param partnershipId the partnership
	 * @param batchIds the batches
	 * @return the findings, or empty when the batches are clean
	 */
	public Optional<Quality> quality(long partnershipId, java.util.Collection<Long> batchIds) {
		if (batchIds.isEmpty()) {
			return Optional.empty();
		}
		String in = String.join(",", java.util.Collections.nCopies(batchIds.size(), "?"));
		List<Object> params = new java.util.ArrayList<>();
		params.add(partnershipId);
		params.addAll(batchIds);
		Map<String, Long> errors = new java.util.LinkedHashMap<>();
		long[] queries = { 0 };
		this.jdbc
			.sql("select rule_code, severity, count(*) as n from data_quality_finding where partnership_id = ? "
					+ "and batch_id in (" + in + ") group by rule_code, severity order by count(*) desc, rule_code")
			.params(params)
			.query((org.springframework.jdbc.core.RowCallbackHandler) (rs) -> {
				if ("ERROR".equals(rs.getString("severity"))) {
					errors.put(rs.getString("rule_code"), rs.getLong("n"));
				}
				else {
					queries[0] += rs.getLong("n");
				}
			});
		if (errors.isEmpty() && queries[0] == 0) {
			return Optional.empty();
		}
		long children = this.jdbc
			.sql("select count(distinct child_key) from data_quality_finding where partnership_id = ? "
					+ "and batch_id in (" + in + ") and severity = 'ERROR' and child_key is not null")
			.params(params)
			.query(Long.class)
			.single();
		return Optional.of(new Quality(List.copyOf(batchIds), errors, children, queries[0]));
	}

	/**
	 * The data-quality findings behind a figure.
	 *
	 * @param batches the batches
	 * @param errorsByRule errors by rule code, most first
	 * @param childrenWithErrors how many children have an error
	 * @param queries how many queries
	 */
	public record Quality(List<Long> batches, Map<String, Long> errorsByRule, long childrenWithErrors, long queries) {

		public long errors() {
			return this.errorsByRule.values().stream().mapToLong(Long::longValue).sum();
		}

		/**
		 * In a sentence, naming the rules (the five with most errors) and how many
		 * children.
		 * @return such as "Import batch 3 has 12 errors on 9 children (rules 8525Q ×5,
		 * 2885 ×4, DQ03 ×3) and 4 queries."
		 */
		public String sentence() {
			StringBuilder text = new StringBuilder(
					(this.batches.size() == 1) ? "Import batch " + this.batches.get(0) + " has "
							: "Import batches " + this.batches.stream()
								.map(String::valueOf)
								.collect(java.util.stream.Collectors.joining(", ")) + " have ");
			long errors = errors();
			if (errors > 0) {
				text.append(String.format(java.util.Locale.UK, "%,d error%s on %,d child%s (rule%s ", errors,
						(errors == 1) ? "" : "s", this.childrenWithErrors, (this.childrenWithErrors == 1) ? "" : "ren",
						(this.errorsByRule.size() == 1) ? "" : "s"));
				text.append(this.errorsByRule.entrySet()
					.stream()
					.limit(5)
					.map((entry) -> entry.getKey() + " \u00d7" + entry.getValue())
					.collect(java.util.stream.Collectors.joining(", ")));
				if (this.errorsByRule.size() > 5) {
					text.append(" and ").append(this.errorsByRule.size() - 5).append(" more");
				}
				text.append(')');
				if (this.queries > 0) {
					text.append(" and ");
				}
			}
			if (this.queries > 0) {
				text.append(String.format(java.util.Locale.UK, "%,d quer%s", this.queries,
						(this.queries == 1) ? "y" : "ies"));
			}
			return text.append('.').toString();
		}

	}

	/**
	 * Every finding of a batch, streamed, for a download.
	 * @param partnershipId the partnership
	 * @param batchId the batch
	 * @param each called with each finding in order
	 */
	public void eachFinding(long partnershipId, long batchId, Consumer<FindingRow> each) {
		try (Stream<FindingRow> rows = this.jdbc
			.sql("select rule_code, severity, file_name, location, child_key, field, message from data_quality_finding "
					+ "where partnership_id = ? and batch_id = ? order by finding_id")
			.params(partnershipId, batchId)
			.query(FindingRow.class)
			.stream()) {
			rows.forEach(each);
		}
	}

	private static ImportBatch batch(java.sql.ResultSet rs) throws java.sql.SQLException {
		java.sql.Date reference = rs.getDate("reference_date");
		long agency = rs.getLong("agency_id");
		Long agencyId = rs.wasNull() ? null : agency;
		return new ImportBatch(rs.getLong("partnership_id"), rs.getLong("batch_id"), rs.getString("source"),
				rs.getString("period_code"), (reference != null) ? reference.toLocalDate() : null,
				rs.getString("file_names"), rs.getString("imported_by"),
				rs.getObject("imported_at", OffsetDateTime.class).toInstant(), rs.getLong("children"),
				rs.getLong("errors"), rs.getLong("queries"), agencyId,
				(rs.getObject("disposed_at", OffsetDateTime.class) != null)
						? rs.getObject("disposed_at", OffsetDateTime.class).toInstant() : null);
	}

}
