package org.assure.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;


import org.assure.casedata.CaseDataImports;
import org.assure.casedata.ImportFile;
import org.assure.casedata.ImportProgress;
import org.assure.casedata.ImportSource;
import org.assure.casedata.generator.GenerateCommand;
import org.assure.cli.AssureBench;
import org.assure.cli.OutputFormat;
import org.assure.partnership.Partnership;
import org.assure.partnership.Partnerships;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code assure bench soak}: Assure under steady use for a long time, to show whether
 * memory and latency stay flat. It starts Assure on a fresh embedded database with the
 * demo partnership, has a number of signed-in board members read a round of pages again
 * and again, and imports a generated CIN census return into a partnership of its own at
 * a fixed interval (each import replaces the last, as a data lead's corrected return
 * does). Each minute it prints the requests, errors, latency percentiles, the live heap (in
 * use after a full collection: what the application holds), the process's resident
 * memory, its threads and open files, and the database's size; at the end it compares the
 * last five minutes with the first five after the first minute.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
		description = "Run Assure under steady load for a long time (default 30 minutes): board members reading "
				+ "pages and a return imported at intervals; prints memory, latency and resources minute by minute "
				+ "and whether they stayed flat.")
public final class SoakBench implements AssureBench, Callable<Integer> {

	/** The round of pages each board member reads, in turn. */
	static final List<String> PAGES = List.of("/dashboard?period=2014-15", "/actions", "/governance",
			"/governance/plan", "/assurance/audits", "/reports/annual", "/dashboard?period=2013-14");

	/** How much the last five minutes may exceed the first five and still be called flat. */
	static final double FLAT = 1.25;

	@Option(names = "--minutes", defaultValue = "30", description = "how long to run (default: ${DEFAULT-VALUE})")
	private int minutes = 30;

	@Option(names = "--users", defaultValue = "8",
			description = "board members reading pages at once (default: ${DEFAULT-VALUE})")
	private int users = 8;

	@Option(names = "--import-every", defaultValue = "120",
			description = "seconds between imports of the generated return (default: ${DEFAULT-VALUE})")
	private int importEvery = 120;

	@Option(names = "--children", defaultValue = "20000",
			description = "children in the generated return (default: ${DEFAULT-VALUE})")
	private int children = 20_000;

	@Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
	private OutputFormat format = OutputFormat.text;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		if (this.minutes < 1 || this.users < 1 || this.importEvery < 1 || this.children < 1) {
			this.spec.commandLine().getErr().println("--minutes, --users, --import-every and --children are 1 or more");
			return 2;
		}
		Map<String, Object> report = FreshDemoServer.run("soak", this::soak);
		this.spec.commandLine().getOut().println(this.format.render(report));
		return ((long) report.get("errors") == 0) ? 0 : 1;
	}

	private Map<String, Object> soak(ConfigurableApplicationContext context, int port, Path folder)
			throws IOException, InterruptedException, javax.xml.stream.XMLStreamException {
		String base = "http://localhost:" + port;
		List<String> sessions = new ArrayList<>();
		for (int i = 0; i < this.users; i++) {
			sessions.add(DashboardBench.signIn(base));
		}
		try (DashboardBench.UserConnection first = new DashboardBench.UserConnection(port, PAGES.get(0),
				sessions.get(0))) {
			for (String page : PAGES) {
				int status = first.get(page);
				if (status != 200) {
					throw new IllegalStateException(page + " answered " + status + " before the soak began");
				}
			}
		}
		Path file = GenerateCommand.write(
				GenerateCommand.generate(this.children, LocalDate.of(2014, 4, 1), LocalDate.of(2015, 3, 31), 7),
				"cin-census", Files.createDirectories(folder.resolve("return")));
		Partnership soak = context.getBean(Partnerships.class).create("soak", "Soak", null, null);
		CaseDataImports imports = context.getBean(CaseDataImports.class);

		AtomicReference<List<Long>> latencies = new AtomicReference<>(Collections.synchronizedList(new ArrayList<>()));
		AtomicLong errors = new AtomicLong();
		AtomicLong importsDone = new AtomicLong();
		AtomicLong importMillis = new AtomicLong();
		long start = System.nanoTime();
		long ends = start + this.minutes * 60_000_000_000L;
		ExecutorService pool = Executors.newFixedThreadPool(this.users + 1);
		List<Future<?>> running = new ArrayList<>();
		for (int u = 0; u < this.users; u++) {
			String session = sessions.get(u);
			int offset = u;
			running.add(pool.submit(() -> {
				try (DashboardBench.UserConnection connection = new DashboardBench.UserConnection(port, PAGES.get(0),
						session)) {
					for (int i = offset; System.nanoTime() < ends; i++) {
						long begin = System.nanoTime();
						int status;
						try {
							status = connection.get(PAGES.get(i % PAGES.size()));
						}
						catch (IOException ex) {
							status = -1;
						}
						latencies.get().add(System.nanoTime() - begin);
						if (status != 200) {
							errors.incrementAndGet();
						}
					}
				}
			}));
		}
		running.add(pool.submit(() -> {
			long next = System.nanoTime();
			while (next < ends) {
				long begin = System.nanoTime();
				imports.importFiles(soak.id(), ImportSource.CIN_CENSUS,
						List.of(new ImportFile(file.getFileName().toString(), file)), null, null, "soak",
						ImportProgress.NONE);
				importMillis.addAndGet((System.nanoTime() - begin) / 1_000_000);
				importsDone.incrementAndGet();
				next += this.importEvery * 1_000_000_000L;
				long wait = (Math.min(next, ends) - System.nanoTime()) / 1_000_000;
				if (wait > 0) {
					try {
						Thread.sleep(wait);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			}
		}));

		List<Minute> rows = new ArrayList<>();
		java.io.PrintWriter err = this.spec.commandLine().getErr();
		err.println(Minute.HEADING);
		long lastErrors = 0;
		for (int minute = 1; minute <= this.minutes; minute++) {
			long wake = start + minute * 60_000_000_000L;
			Thread.sleep(Math.max(0, (wake - System.nanoTime()) / 1_000_000));
			List<Long> sample = latencies.getAndSet(Collections.synchronizedList(new ArrayList<>()));
			List<Long> sorted;
			synchronized (sample) {
				sorted = new ArrayList<>(sample);
			}
			Collections.sort(sorted);
			long errorsNow = errors.get();
			Minute row = new Minute(minute, sorted.size(), errorsNow - lastErrors, millis(sorted, 0.5),
					millis(sorted, 0.95), millis(sorted, 0.99), liveHeap(), residentBytes(),
					ManagementFactory.getThreadMXBean().getThreadCount(), openFiles(), databaseBytes(folder), importsDone.get());
			lastErrors = errorsNow;
			rows.add(row);
			err.println(row.line());
			err.flush();
		}
		for (Future<?> each : running) {
			try {
				each.get();
			}
			catch (java.util.concurrent.ExecutionException ex) {
				throw new IllegalStateException(ex.getCause());
			}
		}
		pool.shutdown();
		return summary(rows, errors.get(), importsDone.get(), importMillis.get());
	}

	/**
	 * The soak's verdict: the last five minutes against the first five after the first
	 * (the warm-up), by their medians.
	 * @param rows the minutes
	 * @param errors every error
	 * @param imports the imports done
	 * @param importMillis their time
	 * @return the summary
	 */
	Map<String, Object> summary(List<Minute> rows, long errors, long imports, long importMillis) {
		int window = Math.min(5, Math.max(1, (rows.size() - 1) / 2));
		List<Minute> first = rows.subList(Math.min(1, rows.size() - 1), Math.min(1, rows.size() - 1) + window);
		List<Minute> last = rows.subList(rows.size() - window, rows.size());
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("minutes", rows.size());
		result.put("users", this.users);
		result.put("requests", rows.stream().mapToLong(Minute::requests).sum());
		result.put("errors", errors);
		result.put("imports", imports);
		result.put("importSecondsAverage", (imports == 0) ? 0 : Math.round(importMillis / (double) imports) / 1000.0);
		double heapFirst = median(first, Minute::liveHeapBytes);
		double heapLast = median(last, Minute::liveHeapBytes);
		double p95First = median(first, Minute::p95Millis);
		double p95Last = median(last, Minute::p95Millis);
		double rssFirst = median(first, Minute::residentBytes);
		double rssLast = median(last, Minute::residentBytes);
		result.put("liveHeapFirstMegabytes", Math.round(heapFirst / 1e5) / 10.0);
		result.put("liveHeapLastMegabytes", Math.round(heapLast / 1e5) / 10.0);
		result.put("p95FirstMillis", p95First);
		result.put("p95LastMillis", p95Last);
		result.put("residentFirstMegabytes", Math.round(rssFirst / 1e5) / 10.0);
		result.put("residentLastMegabytes", Math.round(rssLast / 1e5) / 10.0);
		result.put("threadsFirst", first.get(0).threads());
		result.put("threadsLast", last.get(last.size() - 1).threads());
		result.put("openFilesFirst", first.get(0).openFiles());
		result.put("openFilesLast", last.get(last.size() - 1).openFiles());
		double heapGrowth = ratio(heapLast, heapFirst);
		double latencyGrowth = ratio(p95Last, p95First);
		double residentGrowth = ratio(rssLast, rssFirst);
		result.put("heapGrowth", heapGrowth);
		result.put("p95Growth", latencyGrowth);
		result.put("residentGrowth", residentGrowth);
		result.put("flat", heapGrowth <= FLAT && latencyGrowth <= FLAT && residentGrowth <= FLAT);
		return result;
	}

	private static double ratio(double last, double first) {
		return (first <= 0) ? 0 : Math.round(last / first * 1000) / 1000.0;
	}

	private static double median(List<Minute> rows, java.util.function.ToDoubleFunction<Minute> value) {
		double[] values = rows.stream().mapToDouble(value).sorted().toArray();
		int middle = values.length / 2;
		return (values.length % 2 == 1) ? values[middle] : (values[middle - 1] + values[middle]) / 2;
	}

	private static double millis(List<Long> sorted, double quantile) {
		if (sorted.isEmpty()) {
			return 0;
		}
		int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
		return Math.round(sorted.get(Math.max(0, index)) / 1e5) / 10.0;
	}

	/**
	 * The heap the application holds: what is left after a full collection, asked for
	 * once a minute (a pause of a fraction of a second, the same in every minute). The
	 * heap left after the collector's own young collections is no guide: G1 leaves old
	 * garbage until the heap fills, so that figure climbs for minutes without a leak.
	 * @return bytes
	 */
	private static long liveHeap() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static long residentBytes() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// not Linux: no figure
		}
		return 0;
	}

	private static long openFiles() {
		try (var files = Files.list(Path.of("/proc/self/fd"))) {
			return files.count();
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private static long databaseBytes(Path folder) {
		try (var files = Files.list(folder)) {
			return files.filter((path) -> path.getFileName().toString().endsWith(".mv.db"))
				.mapToLong((path) -> path.toFile().length())
				.sum();
		}
		catch (IOException ex) {
			return 0;
		}
	}

	/**
	 * One minute of the soak.
	 *
	 * @param minute its number, from 1
	 * @param requests pages served in it
	 * @param errors answers other than 200 in it
	 * @param p50Millis the median latency
	 * @param p95Millis the 95th percentile
	 * @param p99Millis the 99th percentile
	 * @param liveHeapBytes the heap in use after a full collection at the minute's end
	 * @param residentBytes the process's resident memory at its end
	 * @param threads the JVM's live threads
	 * @param openFiles the process's open files and sockets
	 * @param databaseBytes the database file's size
	 * @param imports the imports done so far
	 */
	record Minute(int minute, long requests, long errors, double p50Millis, double p95Millis, double p99Millis,
			long liveHeapBytes, long residentBytes, int threads, long openFiles, long databaseBytes, long imports) {

		static final String HEADING = "minute | requests | errors | p50 ms | p95 ms | p99 ms | live heap MB "
				+ "| resident MB | threads | open files | database MB | imports";

		String line() {
			return String.format(java.util.Locale.ROOT, "%d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %d | %d | %.1f | %d",
					this.minute, this.requests, this.errors, this.p50Millis, this.p95Millis, this.p99Millis,
					this.liveHeapBytes / 1e6, this.residentBytes / 1e6, this.threads, this.openFiles,
					this.databaseBytes / 1e6, this.imports);
		}

	}

}
