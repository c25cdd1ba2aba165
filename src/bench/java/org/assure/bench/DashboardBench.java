package org.assure.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assure.cli.AssureBench;
import org.assure.cli.OutputFormat;
import org.assure.calendar.ReportingPeriod;
import org.assure.casedata.CaseDataImports;
import org.assure.casedata.ImportFile;
import org.assure.casedata.ImportProgress;
import org.assure.casedata.ImportSource;
import org.assure.casedata.JourneySnapshots;
import org.assure.indicators.Indicators;
import org.assure.partnership.Partnerships;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code assure bench dashboard}: a load test of the board's dashboard. It starts Assure
 * on a fresh embedded database in a temporary folder, with the demo partnership and five
 * years of generated journeys (2010-11 to 2014-15, their indicators computed by year,
 * quarter and month), signs in as many board members as there are users, and has each
 * request the dashboard again and again for the duration, after a warm-up. It prints the
 * requests, the errors (anything but 200) and the latency percentiles.
 */
@Command(name = "dashboard", mixinStandardHelpOptions = true,
		description = "Load-test the dashboard: N signed-in board members requesting it for S seconds, on five years "
				+ "of demo data in a fresh embedded database; prints p50, p99 and errors.")
public final class DashboardBench implements AssureBench, Callable<Integer> {

	/** What every user asks for. */
	private static final String PAGE = "/dashboard?period=2014-15";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@Option(names = "--users", defaultValue = "50", description = "concurrent users (default: ${DEFAULT-VALUE})")
	private int users = 50;

	@Option(names = "--seconds", defaultValue = "60", description = "how long to measure (default: ${DEFAULT-VALUE})")
	private int seconds = 60;

	@Option(names = "--warmup", defaultValue = "10",
			description = "seconds of requests before measuring (default: ${DEFAULT-VALUE})")
	private int warmup = 10;

	@Option(names = "--children", defaultValue = "100000",
			description = "children generated over the five years (default: ${DEFAULT-VALUE})")
	private int children = 100_000;

	@Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
	private OutputFormat format = OutputFormat.text;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		if (this.users < 1 || this.seconds < 1 || this.warmup < 0) {
			this.spec.commandLine().getErr().println("--users and --seconds are 1 or more, --warmup 0 or more");
			return 2;
		}
		Map<String, Object> report = FreshDemoServer.run("dashboard", (context, port, folder) -> {
			Map<String, Object> setup = load(context, folder);
			setup.putAll(measure(port));
			return setup;
		});
		this.spec.commandLine().getOut().println(this.format.render(report));
		return ((long) report.get("errors") == 0) ? 0 : 1;
	}

	private Map<String, Object> load(org.springframework.context.ConfigurableApplicationContext context, Path folder) {
		long partnershipId = context.getBean(Partnerships.class).findByCode("demo").orElseThrow().id();
		Path file = JourneySnapshots.generateAssureCsv(this.children, 2010, LocalDate.of(2010, 4, 1),
				LocalDate.of(2015, 3, 31), folder);
		long start = System.nanoTime();
		context.getBean(CaseDataImports.class)
			.importFiles(partnershipId, ImportSource.ASSURE_CSV,
					List.of(new ImportFile(file.getFileName().toString(), file)), "2010-11", null, "bench",
					ImportProgress.NONE);
		Indicators indicators = context.getBean(Indicators.class);
		for (int year = 2010; year <= 2014; year++) {
			indicators.computeWithMonths(partnershipId, ReportingPeriod.FinancialYear.starting(year));
		}
		Map<String, Object> setup = new LinkedHashMap<>();
		setup.put("children", this.children);
		setup.put("years", "2010-11 to 2014-15");
		setup.put("setupSeconds", Math.round((System.nanoTime() - start) / 1e6) / 1000.0);
		return setup;
	}

	private Map<String, Object> measure(int port) throws IOException, InterruptedException {
		String base = "http://localhost:" + port;
		List<String> sessions = new ArrayList<>();
		for (int i = 0; i < this.users; i++) {
			sessions.add(signIn(base));
		}
		long pageBytes;
		try (UserConnection first = new UserConnection(port, PAGE, sessions.get(0))) {
			if (first.get() != 200) {
				throw new IllegalStateException("The dashboard did not answer before the load began");
			}
			pageBytes = first.bodyBytes();
		}
		long warmupEnds = System.nanoTime() + this.warmup * 1_000_000_000L;
		long ends = warmupEnds + this.seconds * 1_000_000_000L;
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicLong errors = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(this.users);
		List<Future<?>> running = new ArrayList<>();
		for (String session : sessions) {
			running.add(pool.submit(() -> {
				try (UserConnection connection = new UserConnection(port, PAGE, session)) {
					while (System.nanoTime() < ends) {
						long begin = System.nanoTime();
						int status;
						try {
							status = connection.get();
						}
						catch (IOException ex) {
							status = -1;
						}
						long took = System.nanoTime() - begin;
						if (begin >= warmupEnds) {
							latencies.add(took);
							if (status != 200) {
								errors.incrementAndGet();
							}
						}
					}
				}
			}));
		}
		Thread.sleep(Math.max(0, (warmupEnds - System.nanoTime()) / 1_000_000));
		CpuTimes before = CpuTimes.now();
		for (Future<?> each : running) {
			try {
				each.get();
			}
			catch (java.util.concurrent.ExecutionException ex) {
				throw new IllegalStateException(ex.getCause());
			}
		}
		CpuTimes after = CpuTimes.now();
		pool.shutdown();
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("pageBytes", pageBytes);
		result.put("users", this.users);
		result.put("seconds", this.seconds);
		result.put("requests", sorted.size());
		result.put("requestsPerSecond", Math.round(sorted.size() * 10.0 / this.seconds) / 10.0);
		result.put("errors", errors.get());
		result.put("p50Millis", millis(sorted, 0.50));
		result.put("p90Millis", millis(sorted, 0.90));
		result.put("p99Millis", millis(sorted, 0.99));
		result.put("maxMillis", millis(sorted, 1.0));
		result.put("processors", Runtime.getRuntime().availableProcessors());
		double processCpu = (after.process() - before.process()) / 1e9;
		double serverCpu = (after.server() - before.server()) / 1e9;
		result.put("processCpuSeconds", Math.round(processCpu * 10) / 10.0);
		result.put("serverThreadsCpuSeconds", Math.round(serverCpu * 10) / 10.0);
		result.put("serverCpuMillisPerRequest",
				sorted.isEmpty() ? 0 : Math.round(serverCpu * 1e4 / sorted.size()) / 10.0);
		return result;
	}

	/**
	 * Signs a board member in.
	 * @param base the server's address
	 * @return the session's cookies, as a Cookie header
	 */
	static String signIn(String base) throws IOException, InterruptedException {
		CookieManager cookies = new CookieManager();
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String page = client
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = CSRF.matcher(page);
		if (!token.find()) {
			throw new IllegalStateException("The sign-in page has no CSRF token");
		}
		String form = "username=board-member&password=demo&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<Void> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		String location = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException(
					"Signing in as board-member failed: " + signedIn.statusCode() + " " + location);
		}
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
			.collect(java.util.stream.Collectors.joining("; "));
	}

	/**
	 * One user's kept-alive connection to the server: a minimal HTTP/1.1 client that
	 * sends the user's request with the session cookie and reads the whole response (its
	 * status line, its headers and its body, by length or by chunks). The load generator
	 * shares the server's two cores, so it is kept as light as it can be: a blocking
	 * socket per user, no selector threads and no copies of the body.
	 */
	static final class UserConnection implements java.io.Closeable {

		private final int port;

		private final String cookies;

		private final Map<String, byte[]> requests = new java.util.HashMap<>();

		private final String path;

		private final byte[] scratch = new byte[16 * 1024];

		private long bodyBytes;

		private java.net.@org.jspecify.annotations.Nullable Socket socket;

		private java.io.@org.jspecify.annotations.Nullable InputStream in;

		UserConnection(int port, String path, String cookies) {
			this.port = port;
			this.path = path;
			this.cookies = cookies;
		}

		/**
		 * Requests the connection's page and reads the whole response.
		 * @return the response's status
		 * @throws IOException when the connection fails; it is opened again next time
		 */
		int get() throws IOException {
			return get(this.path);
		}

		/**
		 * Requests a page and reads the whole response.
		 * @param page the path and query
		 * @return the response's status
		 * @throws IOException when the connection fails; it is opened again next time
		 */
		int get(String page) throws IOException {
			byte[] request = this.requests.computeIfAbsent(page,
					(key) -> ("GET " + key + " HTTP/1.1\r\nHost: localhost:" + this.port + "\r\nCookie: " + this.cookies
							+ "\r\nAccept: text/html\r\n\r\n")
						.getBytes(StandardCharsets.ISO_8859_1));
			try {
				if (this.socket == null) {
					java.net.Socket opened = new java.net.Socket("localhost", this.port);
					opened.setTcpNoDelay(true);
					opened.setSoTimeout(30_000);
					this.socket = opened;
					this.in = new java.io.BufferedInputStream(opened.getInputStream(), 64 * 1024);
				}
				this.socket.getOutputStream().write(request);
				return response(this.in);
			}
			catch (IOException ex) {
				close();
				throw ex;
			}
		}

		/**
		 * The size of the last response's body.
		 * @return bytes
		 */
		long bodyBytes() {
			return this.bodyBytes;
		}

		private int response(java.io.InputStream in) throws IOException {
			this.bodyBytes = 0;
			String status = line(in);
			if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
				throw new IOException("not an HTTP response: " + status);
			}
			long length = -1;
			boolean chunked = false;
			boolean closes = false;
			for (String header = line(in); !header.isEmpty(); header = line(in)) {
				String lower = header.toLowerCase(java.util.Locale.ROOT);
				if (lower.startsWith("content-length:")) {
					length = Long.parseLong(lower.substring(15).strip());
				}
				else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
					chunked = true;
				}
				else if (lower.startsWith("connection:") && lower.contains("close")) {
					closes = true;
				}
			}
			if (chunked) {
				for (long size = chunk(in); size > 0; size = chunk(in)) {
					skip(in, size);
					line(in);
				}
				while (!line(in).isEmpty()) {
					// trailers
				}
			}
			else if (length >= 0) {
				skip(in, length);
			}
			else {
				// The body runs to the end of the connection.
				for (int read = in.read(this.scratch); read >= 0; read = in.read(this.scratch)) {
					this.bodyBytes += read;
				}
				closes = true;
			}
			if (closes) {
				close();
			}
			return Integer.parseInt(status.substring(9, 12));
		}

		private static long chunk(java.io.InputStream in) throws IOException {
			String size = line(in);
			int extension = size.indexOf(';');
			return Long.parseLong((extension >= 0) ? size.substring(0, extension).strip() : size.strip(), 16);
		}

		private void skip(java.io.InputStream in, long bytes) throws IOException {
			long left = bytes;
			while (left > 0) {
				int read = in.read(this.scratch, 0, (int) Math.min(left, this.scratch.length));
				if (read < 0) {
					throw new IOException("the response ended early");
				}
				left -= read;
				this.bodyBytes += read;
			}
		}

		private static String line(java.io.InputStream in) throws IOException {
			StringBuilder line = new StringBuilder();
			for (int c = in.read(); c != '\n'; c = in.read()) {
				if (c < 0) {
					throw new IOException("the connection closed in the middle of a response");
				}
				if (c != '\r') {
					line.append((char) c);
				}
			}
			return line.toString();
		}

		@Override
		public void close() {
			java.net.Socket open = this.socket;
			this.socket = null;
			this.in = null;
			if (open != null) {
				try {
					open.close();
				}
				catch (IOException ex) {
					// closing a connection that failed
				}
			}
		}

	}

	/**
	 * Processor time used so far by the whole process and by the web server's request
	 * threads (Tomcat's, named http-nio-...); the rest is the load generator, the
	 * collector and the compiler.
	 *
	 * @param process nanoseconds of the process
	 * @param server nanoseconds of the request threads alive now
	 */
	private record CpuTimes(long process, long server) {

		static CpuTimes now() {
			java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
			long server = 0;
			for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
				if (info != null && info.getThreadName().startsWith("http-nio")) {
					server += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
				}
			}
			long process = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
				.getOperatingSystemMXBean()).getProcessCpuTime();
			return new CpuTimes(process, server);
		}

	}

	private static double millis(List<Long> sorted, double quantile) {
		if (sorted.isEmpty()) {
			return 0;
		}
		int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
		return Math.round(sorted.get(Math.max(0, index)) / 1e5) / 10.0;
	}

}
