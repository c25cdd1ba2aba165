package org.assure.cli;

import java.util.ServiceLoader;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code assure bench}: the benchmarks of the bench source set ({@code src/bench}), each
 * measuring Assure against a baseline in one process, so that the machine's speed cancels
 * out of the ratio. They are not in {@code assure.jar}: the build packages them, with
 * DuckDB, in {@code target/bench}, and {@code -Dloader.path=target/bench} adds them.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
		description = "Measure Assure against a baseline, in one process: import, indicators, dashboard. "
				+ "Run with java -Dloader.path=target/bench -jar target/assure.jar bench ...")
public final class BenchCommand implements AssureSubcommand, Callable<Integer> {

	@Spec
	private CommandSpec spec;

	/**
	 * The command with every contributed benchmark as a sub-command.
	 */
	public BenchCommand() {
	}

	@Override
	public Integer call() {
		if (this.spec.commandLine().getSubcommands().isEmpty()) {
			this.spec.commandLine()
				.getErr()
				.println("No benchmarks are installed: they are not part of assure.jar. Build them with "
						+ "'./mvnw -DskipTests package' and run 'java -Dloader.path=target/bench -jar "
						+ "target/assure.jar bench ...'.");
			return 2;
		}
		this.spec.commandLine().usage(this.spec.commandLine().getOut());
		return 0;
	}

	/**
	 * Adds the contributed benchmarks.
	 * @param commandLine the bench command's command line
	 * @return the same command line
	 */
	static CommandLine withBenchmarks(CommandLine commandLine) {
		for (AssureBench bench : ServiceLoader.load(AssureBench.class)) {
			commandLine.addSubcommand(bench);
		}
		return commandLine;
	}

}
