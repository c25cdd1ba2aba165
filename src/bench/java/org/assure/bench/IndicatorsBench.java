package org.assure.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.assure.cli.AssureBench;
import org.assure.cli.OutputFormat;
import org.assure.calendar.CountingConvention;
import org.assure.calendar.ReportingPeriod;
import org.assure.calendar.WorkingDays;
import org.assure.casedata.JourneyFacts;
import org.assure.casedata.JourneySnapshots;
import org.assure.indicators.Catalogue;
import org.assure.indicators.Indicator;
import org.assure.indicators.IndicatorValue;
import org.assure.indicators.engine.JourneyIndicators;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code assure bench indicators}: Assure's engine against DuckDB, in one process and one
 * run, on the same generated Assure CSV file, computing the same headline indicators for
 * 2014-15. It checks the results are identical and times compute-only (the facts already
 * in memory, or in DuckDB tables) and end-to-end (from the file), each the best of the
 * runs.
 */
@Command(name = "indicators", mixinStandardHelpOptions = true,
		description = "Compare Assure's indicator engine with DuckDB on the same generated file: the results must be "
				+ "identical; prints compute-only and end-to-end timings and their ratios (best of --runs).")
public final class IndicatorsBench implements AssureBench, Callable<Integer> {

	/** The headline indicators both engines compute. */
	static final List<String> HEADLINE = List.of("re-referrals-12m", "assessments-within-45-wd", "icpc-within-15-wd",
			"second-subsequent-plans", "plans-ended-2-years", "in-need-at-end", "on-plan-at-end",
			"looked-after-at-end");

	static final ReportingPeriod YEAR = ReportingPeriod.FinancialYear.starting(2014);

	@Option(names = "--children", defaultValue = "100000",
			description = "generate about this many children (default: ${DEFAULT-VALUE})")
	private int children = 100_000;

	@Option(names = "--seed", defaultValue = "1", description = "the generator's seed (default: ${DEFAULT-VALUE})")
	private long seed = 1;

	/**
	 * Ten runs by default: Assure's engine is compiled by the JVM as it runs, so the
	 * first few runs measure code that is partly interpreted; DuckDB's is compiled
	 * already.
	 */
	@Option(names = "--runs", defaultValue = "10",
			description = "runs of each timing, the best counted (default: ${DEFAULT-VALUE})")
	private int runs = 10;

	@Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
	private OutputFormat format = OutputFormat.text;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws IOException, SQLException {
		if (this.runs < 1 || this.children < 1) {
			this.spec.commandLine().getErr().println("--runs and --children are 1 or more");
			return 2;
		}
		Path folder = Files.createTempDirectory("assure-bench-indicators");
		try {
			long start = System.nanoTime();
			// Three years, so that 2014-15 has a history: re-referrals, second plans and
			// plans of two years need earlier journeys.
			Path file = JourneySnapshots.generateAssureCsv(this.children, this.seed, LocalDate.of(2012, 4, 1),
					YEAR.end(), folder);
			long generated = System.nanoTime() - start;
			WorkingDays workingDays = WorkingDays.englandAndWales();
			JourneyIndicators engine = new JourneyIndicators(workingDays);
			List<Indicator> headline = Catalogue.builtIn()
				.stream()
				.filter((indicator) -> HEADLINE.contains(indicator.code()))
				.toList();

			long assureEndToEnd = Long.MAX_VALUE;
			long assureCompute = Long.MAX_VALUE;
			Map<String, long[]> assure = Map.of();
			JourneyFacts.Snapshot snapshot = null;
			for (int run = 0; run < this.runs; run++) {
				snapshot = null;
				System.gc();
				long begin = System.nanoTime();
				snapshot = JourneySnapshots.readAssureCsv(file);
				JourneyIndicators.Facts facts = facts(snapshot);
				Map<String, long[]> values = assure(engine, headline, facts);
				assureEndToEnd = Math.min(assureEndToEnd, System.nanoTime() - begin);
				begin = System.nanoTime();
				assure = assure(engine, headline, facts);
				assureCompute = Math.min(assureCompute, System.nanoTime() - begin);
				if (!values.keySet().equals(assure.keySet())) {
					throw new IllegalStateException("The engine gave different indicators on the same facts");
				}
			}
			long rows = Files.lines(file).count() - 1;
			int assessments = snapshot.assessments().size();
			snapshot = null;
			System.gc();

			long duckEndToEnd = Long.MAX_VALUE;
			long duckCompute = Long.MAX_VALUE;
			Map<String, long[]> duck = Map.of();
			try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
				workingDayIndex(connection, workingDays);
				for (int run = 0; run < this.runs; run++) {
					long begin = System.nanoTime();
					load(connection, file);
					duckCompute(connection);
					duckEndToEnd = Math.min(duckEndToEnd, System.nanoTime() - begin);
					begin = System.nanoTime();
					duck = duckCompute(connection);
					duckCompute = Math.min(duckCompute, System.nanoTime() - begin);
				}
			}

			List<String> differences = new ArrayList<>();
			Map<String, Object> values = new LinkedHashMap<>();
			for (String code : HEADLINE) {
				long[] ours = assure.get(code);
				long[] theirs = duck.get(code);
				values.put(code, (ours[1] < 0) ? ours[0] : ours[0] + " of " + ours[1]);
				if (ours[0] != theirs[0] || ours[1] != theirs[1]) {
					differences
						.add(code + ": Assure " + ours[0] + "/" + ours[1] + ", DuckDB " + theirs[0] + "/" + theirs[1]);
				}
			}
			Map<String, Object> report = new LinkedHashMap<>();
			report.put("children", this.children);
			report.put("rows", rows);
			report.put("assessments", assessments);
			report.put("megabytes", Math.round(Files.size(file) / 1e5) / 10.0);
			report.put("generateSeconds", seconds(generated));
			report.put("runs", this.runs);
			report.put("identical", differences.isEmpty());
			report.put("assureComputeSeconds", seconds(assureCompute));
			report.put("duckdbComputeSeconds", seconds(duckCompute));
			report.put("computeRatio", ratio(assureCompute, duckCompute));
			report.put("assureEndToEndSeconds", seconds(assureEndToEnd));
			report.put("duckdbEndToEndSeconds", seconds(duckEndToEnd));
			report.put("endToEndRatio", ratio(assureEndToEnd, duckEndToEnd));
			report.put("duckdbThreads", Runtime.getRuntime().availableProcessors());
			report.put("values", values);
			if (!differences.isEmpty()) {
				report.put("differences", differences);
			}
			this.spec.commandLine().getOut().println(this.format.render(report));
			return differences.isEmpty() ? 0 : 1;
		}
		finally {
			try (var paths = Files.walk(folder)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

	static JourneyIndicators.Facts facts(JourneyFacts.Snapshot snapshot) {
		return new JourneyIndicators.Facts(snapshot.contacts(), snapshot.episodes(), snapshot.assessments(),
				snapshot.enquiries(), snapshot.plans(), snapshot.lookedAfter(), snapshot.missing(), snapshot.children(),
				"");
	}

	/**
	 * Assure's values: for each indicator its part and whole (whole -1 for a count).
	 */
	static Map<String, long[]> assure(JourneyIndicators engine, List<Indicator> headline,
			JourneyIndicators.Facts facts) {
		Map<String, long[]> values = new LinkedHashMap<>();
		for (IndicatorValue value : engine.compute(headline, YEAR, facts)) {
			values.put(value.code(),
					new long[] { value.numerator(), (value.denominator() != null) ? value.denominator() : -1 });
		}
		return values;
	}

	/**
	 * DuckDB's working-day index: for each date, the working days from an origin to it,
	 * so that the working days from a to b, the start being day zero, are idx(b) -
	 * idx(a).
	 */
	static void workingDayIndex(Connection connection, WorkingDays workingDays) throws SQLException {
		if (workingDays.convention() != CountingConvention.START_IS_DAY_ZERO) {
			throw new IllegalStateException("The benchmark's SQL counts the start as day zero");
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("create or replace table wd (d date primary key, idx bigint not null)");
		}
		try (PreparedStatement insert = connection.prepareStatement("insert into wd values (?, ?)")) {
			long index = 0;
			for (LocalDate day = LocalDate.of(1990, 1, 1); day
				.isBefore(LocalDate.of(2041, 1, 1)); day = day.plusDays(1)) {
				if (workingDays.isWorkingDay(day)) {
					index++;
				}
				insert.setObject(1, day);
				insert.setLong(2, index);
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	/** Reads the Assure CSV file into typed DuckDB tables. */
	static void load(Connection connection, Path file) throws SQLException {
		String path = file.toAbsolutePath().toString().replace("'", "''");
		try (Statement statement = connection.createStatement()) {
			statement.execute("create or replace table j as select * from read_csv('" + path
					+ "', header = true, all_varchar = true)");
			statement.execute("""
					create or replace table referrals as
					select child_id as child, record_id as rid, try_cast(date as date) as referred,
					       try_cast(end_date as date) as closed
					from j where record = 'referral' and try_cast(date as date) is not null""");
			statement.execute("""
					create or replace table assessments as
					select a.child_id as child, r.referred, try_cast(a.end_date as date) as authorised
					from j a join referrals r on r.child = a.child_id and r.rid = a.parent_id
					where a.record = 'assessment' and try_cast(a.date as date) is not null""");
			statement.execute(
					"""
							create or replace table enquiries as
							select s.child_id as child, try_cast(s.date as date) as started, try_cast(s.icpc_date as date) as icpc
							from j s join referrals r on r.child = s.child_id and r.rid = s.parent_id
							where s.record = 'section47' and try_cast(s.date as date) is not null""");
			statement.execute(
					"""
							create or replace table plans as
							select p.child_id as child, try_cast(p.date as date) as started, try_cast(p.end_date as date) as ended,
							       try_cast(p.previous_plans as integer) as previous
							from j p join referrals r on r.child = p.child_id and r.rid = p.parent_id
							where p.record = 'cp_plan' and try_cast(p.date as date) is not null""");
			statement.execute("""
					create or replace table looked_after as
					select child_id as child, try_cast(date as date) as started, try_cast(end_date as date) as ended
					from j where record = 'looked_after' and try_cast(date as date) is not null""");
		}
	}

	/** The headline indicators in SQL, for 2014-15: for each its part and whole. */
	static Map<String, long[]> duckCompute(Connection connection) throws SQLException {
		String from = "date '" + YEAR.start() + "'";
		String to = "date '" + YEAR.end() + "'";
		Map<String, String> sql = new LinkedHashMap<>();
		sql.put("re-referrals-12m", "select count(*) filter (where exists (select 1 from referrals p where p.child = "
				+ "r.child and p.referred < r.referred and p.referred >= r.referred - interval 12 month)), count(*) "
				+ "from referrals r where r.referred between " + from + " and " + to);
		sql.put("assessments-within-45-wd",
				"select count(*) filter (where wa.idx - wr.idx <= 45), count(*) "
						+ "from assessments a join wd wa on wa.d = a.authorised join wd wr on wr.d = a.referred "
						+ "where a.authorised between " + from + " and " + to);
		sql.put("icpc-within-15-wd",
				"select count(*) filter (where wc.idx - ws.idx <= 15), count(*) "
						+ "from enquiries e join wd wc on wc.d = e.icpc join wd ws on ws.d = e.started "
						+ "where e.icpc between " + from + " and " + to);
		sql.put("second-subsequent-plans", "with firsts as (select child, min(started) as first from plans "
				+ "group by child) select count(*) filter (where coalesce(p.previous, 0) > 0 or f.first < p.started), "
				+ "count(*) from plans p join firsts f on f.child = p.child where p.started between " + from + " and "
				+ to);
		sql.put("plans-ended-2-years", "select count(*) filter (where p.started + interval 2 year <= p.ended), "
				+ "count(*) from plans p where p.ended between " + from + " and " + to);
		sql.put("in-need-at-end", "select count(distinct child), -1 from referrals where referred <= " + to
				+ " and (closed is null or closed > " + to + ")");
		sql.put("on-plan-at-end", "select count(distinct child), -1 from plans where started <= " + to
				+ " and (ended is null or ended > " + to + ")");
		sql.put("looked-after-at-end", "select count(distinct child), -1 from looked_after where started <= " + to
				+ " and (ended is null or ended > " + to + ")");
		Map<String, long[]> values = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement()) {
			for (Map.Entry<String, String> query : sql.entrySet()) {
				try (ResultSet result = statement.executeQuery(query.getValue())) {
					result.next();
					values.put(query.getKey(), new long[] { result.getLong(1), result.getLong(2) });
				}
			}
		}
		return values;
	}

	private static double seconds(long nanos) {
		return Math.round(nanos / 1e6) / 1000.0;
	}

	private static @Nullable Double ratio(long ours, long theirs) {
		return (theirs == 0) ? null : Math.round((double) ours / theirs * 100) / 100.0;
	}

}
