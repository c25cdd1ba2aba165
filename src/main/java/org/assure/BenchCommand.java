package org.assure;

import java.util.ServiceLoader;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code assure bench}: the benchmarks the modules contribute, each measuring Assure
 * against a baseline in one process, so that the machine's speed cancels out of the
 * ratio.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
		description = "Measure Assure against a baseline, in one process: import, indicators.")
public final class BenchCommand implements AssureSubcommand, Runnable {

	@Spec
	private CommandSpec spec;

	/**
	 * The command with every contributed benchmark as a sub-command.
	 */
	public BenchCommand() {
	}

	@Override
	public void run() {
		this.spec.commandLine().usage(this.spec.commandLine().getOut());
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
