package org.assure.indicators;

import java.util.Optional;

import org.assure.calendar.ReportingPeriod;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The number of children aged 0 to 17 in a partnership's area by financial year, with its
 * source, for rates per 10,000 children.
 */
@Service
public class Populations {

	private final JdbcClient jdbc;

	private final JudgementCache cache;

	Populations(JdbcClient jdbc, JudgementCache cache) {
		this.cache = cache;
		this.jdbc = jdbc;
	}

	/**
	 * A year's population.
	 *
	 * @param year the financial year's code
	 * @param children children aged 0 to 17
	 * @param source where the figure comes from
	 */
	public record Population(String year, long children, String source) {

		/**
		 * A count as a rate per 10,000 children.
		 * @param count the count
		 * @return the rate
		 */
		public double ratePer10000(double count) {
			return count * 10_000 / this.children;
		}

	}

	/** The counts the DfE publishes as rates per 10,000 children aged 0 to 17. */
	static final java.util.Set<String> RATED = java.util.Set.of("referrals", "in-need-at-end", "on-plan-at-end",
			"looked-after-at-end");

	/**
	 * Whether an indicator's counts are compared across places as rates per 10,000
	 * children.
	 * @param indicator the indicator
	 * @return true for the DfE's rated counts
	 */
	public static boolean rated(Indicator indicator) {
		return RATED.contains(indicator.code()) && "count".equals(indicator.unit());
	}

	/**
	 * Records a year's population, replacing an earlier figure.
	 * @param partnershipId the partnership
	 * @param year the financial year
	 * @param children children aged 0 to 17 (more than zero)
	 * @param source where the figure comes from
	 */
	@Transactional
	public void set(long partnershipId, ReportingPeriod.FinancialYear year, long children, String source) {
		if (children <= 0 || source.isBlank()) {
			throw new IllegalArgumentException("A population is more than zero children and has a source");
		}
		this.jdbc.sql("delete from child_population where partnership_id = ? and year_code = ?")
			.params(partnershipId, year.code())
			.update();
		this.jdbc.sql("insert into child_population (partnership_id, year_code, children, source) values (?, ?, ?, ?)")
			.params(partnershipId, year.code(), children, source.strip())
			.update();
		this.cache.changed(partnershipId);
	}

	/**
	 * The population for the financial year containing a period.
	 * @param partnershipId the partnership
	 * @param period the period
	 * @return the population, if recorded
	 */
	@Transactional(readOnly = true)
	public Optional<Population> of(long partnershipId, ReportingPeriod period) {
		String year = Frequency.ANNUAL.periodOf(period.end()).code();
		return this.jdbc
			.sql("select year_code, children, source from child_population where partnership_id = ? "
					+ "and year_code = ?")
			.params(partnershipId, year)
			.query((rs, row) -> new Population(rs.getString(1), rs.getLong(2), rs.getString(3)))
			.optional();
	}

}
