package org.assure.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.assure.cli.AssureContext;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Assure's web application on a fresh embedded database of its own, in a temporary folder
 * removed afterwards, with the demo partnership loaded and the server on a free port: what
 * the load benchmarks measure against.
 */
final class FreshDemoServer {

	private FreshDemoServer() {
	}

	/**
	 * Work done against the running server.
	 *
	 * @param <T> what it returns
	 */
	@FunctionalInterface
	interface Work<T> {

		T run(ConfigurableApplicationContext context, int port, Path folder) throws Exception;

	}

	/**
	 * Starts the server, does the work, stops the server and removes its folder.
	 * @param <T> what the work returns
	 * @param name the benchmark's name, for the folder and messages
	 * @param work the work
	 * @return what the work returned
	 * @throws IOException when the folder cannot be made
	 */
	static <T> T run(String name, Work<T> work) throws IOException {
		Path folder = Files.createTempDirectory("assure-bench-" + name);
		try {
			String url = "jdbc:h2:file:" + folder.resolve("assure")
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;TRACE_LEVEL_FILE=0";
			return AssureContext.withWebApplication((context, port) -> {
				try {
					return work.run(context, port, folder);
				}
				catch (RuntimeException ex) {
					throw ex;
				}
				catch (Exception ex) {
					throw new IllegalStateException("bench " + name + " could not run: " + ex.getMessage(), ex);
				}
			}, "--server.port=0", "--spring.datasource.url=" + url, "--assure.demo-mode.enabled=true",
					"--assure.pseudonymisation.key-file=" + folder.resolve("pseudonymisation.key"),
					"--logging.file.name=" + folder.resolve("assure.log"), "--logging.level.root=warn");
		}
		finally {
			FileSystemUtils.deleteRecursively(folder);
		}
	}

}
