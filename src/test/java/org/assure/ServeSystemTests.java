package org.assure;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's run command, for real: the built jar, started with demo mode on in an
 * empty folder, serves a healthy application within 60 seconds on its embedded H2
 * database.
 */
class ServeSystemTests {

	private static final Path JAR = Path.of("target/assure.jar").toAbsolutePath();

	@TempDir
	Path workingDirectory;

	@Test
	void servesWithinSixtySecondsOnTheEmbeddedDatabase() throws Exception {
		assertThat(JAR).as("the build makes target/assure.jar before the system tests").exists();
		int port = freePort();
		Path log = this.workingDirectory.resolve("console.log");
		ProcessBuilder builder = new ProcessBuilder("java", "-jar", JAR.toString(), "--server.port=" + port)
			.directory(this.workingDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("ASSURE_DEMO", "true");
		builder.environment().remove("ASSURE_DB_URL");
		builder.environment().remove("ASSURE_ADMIN_PASSWORD");
		Process process = builder.start();
		try {
			HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
			Instant deadline = Instant.now().plusSeconds(60);
			String health = "";
			while (Instant.now().isBefore(deadline) && !health.contains("\"UP\"")) {
				assertThat(process.isAlive()).as("Assure exited early:%n%s", Files.readString(log)).isTrue();
				health = healthOrNothing(http, port);
				if (!health.contains("\"UP\"")) {
					Thread.sleep(500);
				}
			}
			assertThat(health).as("health within 60 s").contains("\"status\":\"UP\"");
			assertThat(get(http, port, "/login").body()).contains("govuk-template", "Sign in to Assure",
					"board-manager");
			HttpResponse<String> home = get(http, port, "/");
			assertThat(home.statusCode()).isEqualTo(302);
			assertThat(home.headers().firstValue("Location"))
				.hasValueSatisfying((location) -> location.endsWith("/login"));
			assertThat(get(http, port, "/api/v1/me").statusCode()).isEqualTo(401);
			assertThat(this.workingDirectory.resolve("data")).isDirectory();
			assertThat(Files.readString(log)).containsOnlyOnce("with the generated password");
		}
		finally {
			process.destroy();
			if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	private static HttpResponse<String> get(HttpClient http, int port, String path)
			throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(5))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String healthOrNothing(HttpClient http, int port) throws InterruptedException {
		try {
			return get(http, port, "/actuator/health").body();
		}
		catch (IOException notListeningYet) {
			return "";
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
