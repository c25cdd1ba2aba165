package org.assure.casedata.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.assure.casedata.validation.ValidationReport;

import org.springframework.stereotype.Component;

/**
 * Returns checked against the DfE's rules without importing them: the reports are kept in
 * memory for the one who asked, for an hour, and never written anywhere.
 */
@Component
class ReturnChecks {

	/** How long a check's report can be read and downloaded. */
	static final Duration KEPT = Duration.ofHours(1);

	/** The most checks one person keeps at once; the oldest is dropped. */
	static final int PER_PERSON = 5;

	private final Map<String, Check> checks = new ConcurrentHashMap<>();

	private final Clock clock;

	ReturnChecks(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Keeps a check's reports.
	 * @param partnershipId the partnership of the one who asked
	 * @param username who asked
	 * @param reports one report per file
	 * @return the check's id
	 */
	String keep(long partnershipId, String username, List<ValidationReport> reports) {
		Instant now = this.clock.instant();
		this.checks.values().removeIf((check) -> check.at().plus(KEPT).isBefore(now));
		List<Check> mine = this.checks.values()
			.stream()
			.filter((check) -> check.username().equals(username))
			.sorted(java.util.Comparator.comparing(Check::at))
			.toList();
		for (int i = 0; i <= mine.size() - PER_PERSON; i++) {
			this.checks.remove(mine.get(i).id());
		}
		String id = UUID.randomUUID().toString();
		this.checks.put(id, new Check(id, partnershipId, username, now, List.copyOf(reports)));
		return id;
	}

	/**
	 * A check, for the one who asked only.
	 * @param id the check's id
	 * @param partnershipId the partnership of the one asking
	 * @param username who is asking
	 * @return the check, while it is kept
	 */
	Optional<Check> find(String id, long partnershipId, String username) {
		Check check = this.checks.get(id);
		if (check == null || check.partnershipId() != partnershipId || !check.username().equals(username)
				|| check.at().plus(KEPT).isBefore(this.clock.instant())) {
			return Optional.empty();
		}
		return Optional.of(check);
	}

	/**
	 * A return checked.
	 *
	 * @param id its id
	 * @param partnershipId the partnership
	 * @param username who asked
	 * @param at when
	 * @param reports one report per file
	 */
	record Check(String id, long partnershipId, String username, Instant at, List<ValidationReport> reports) {

		/**
		 * The children with the most findings across the files.
		 * @param limit how many
		 * @return each child's id with its errors and queries, most first
		 */
		public List<ChildCount> byChild(int limit) {
			Map<String, long[]> counts = new java.util.HashMap<>();
			for (ValidationReport report : this.reports) {
				report.violations().stream().filter((v) -> v.child() != null).forEach((v) -> {
					long[] count = counts.computeIfAbsent(v.child(), (child) -> new long[2]);
					count[(v.severity() == org.assure.casedata.quality.Severity.ERROR) ? 0 : 1]++;
				});
			}
			return counts.entrySet()
				.stream()
				.map((entry) -> new ChildCount(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
				.sorted(java.util.Comparator.comparingLong((ChildCount c) -> -(c.errors() + c.queries()))
					.thenComparing(ChildCount::child))
				.limit(limit)
				.toList();
		}

		public long errors() {
			return this.reports.stream().mapToLong(ValidationReport::errors).sum();
		}

	}

	/**
	 * One child's findings.
	 *
	 * @param child the child's id as the return gives it
	 * @param errors findings of error severity
	 * @param queries findings of query severity
	 */
	record ChildCount(String child, long errors, long queries) {
	}

}
