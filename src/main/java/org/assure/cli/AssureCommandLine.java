package org.assure.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * The {@code assure} command. With no arguments, or with {@code serve}, it starts the web
 * application; other sub-commands run once against the same configuration and exit.
 *
 * <p>
 * Modules add sub-commands by listing a {@link Callable} picocli command class in
 * {@code META-INF/services/org.assure.AssureSubcommand}; such a command starts the
 * application without its web server through {@link AssureContext}.
 */
@Command(name = "assure", mixinStandardHelpOptions = true, versionProvider = AssureCommandLine.Version.class,
		description = "Assure: assurance and performance for a safeguarding children partnership.%n"
				+ "With no command, serves the web application (same as 'serve').",
		subcommands = { AssureCommandLine.Serve.class, MigrateCommand.class, VulnerabilitiesCommand.class },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:success", "1:failure", "2:bad usage or bad input" })
public final class AssureCommandLine implements Callable<Integer> {

	/** Returned by {@link #run(String[])} when the web server keeps running. */
	public static final int KEEP_SERVING = Integer.MIN_VALUE;

	/**
	 * A Spring Boot setting on the command line, such as {@code --server.port=8081} or
	 * {@code --debug}.
	 */
	private static final Pattern SPRING_ARGUMENT = Pattern.compile("--[a-zA-Z][\\w.\\-\\[\\]]*=.*|--debug|--trace");

	@Unmatched
	private List<String> springArguments = new ArrayList<>();

	/** The process's standard output, kept for the command's result. */
	private static final PrintStream RESULT = System.out;

	/**
	 * Parses and runs the command line. A command's result is the only thing written to
	 * standard output: while a one-off command runs, anything else that writes there (the
	 * console log above all) is sent to standard error, so that
	 * {@code assure import ... --format json | jq .} reads JSON alone. The web server
	 * keeps its console log on standard output.
	 * @param application the Spring Boot application class every command starts
	 * @param args the arguments as given to the process
	 * @return the exit code, or {@link #KEEP_SERVING}
	 */
	public static int run(Class<?> application, String... args) {
		CommandLine commandLine = commandLine(application);
		commandLine.setOut(new PrintWriter(new OutputStreamWriter(RESULT, StandardCharsets.UTF_8), true));
		System.setOut(System.err);
		try {
			return commandLine.execute(args);
		}
		finally {
			commandLine.getOut().flush();
		}
	}

	/**
	 * The command line with every module's sub-commands, ready to execute.
	 * @param application the Spring Boot application class every command starts
	 * @return the command line
	 */
	public static CommandLine commandLine(Class<?> application) {
		AssureContext.use(application);
		CommandLine commandLine = new CommandLine(new AssureCommandLine());
		for (AssureSubcommand subcommand : ServiceLoader.load(AssureSubcommand.class)) {
			commandLine.addSubcommand(subcommand);
		}
		commandLine.addSubcommand(BenchCommand.withBenchmarks(new CommandLine(new BenchCommand())));
		return commandLine;
	}

	@Override
	public Integer call() {
		return serve(this.spec, this.springArguments);
	}

	@Spec
	private CommandSpec spec;

	static int serve(CommandSpec spec, List<String> springArguments) {
		for (String argument : springArguments) {
			if (!SPRING_ARGUMENT.matcher(argument).matches()) {
				throw new ParameterException(spec.commandLine(), "Unknown option or command: '" + argument
						+ "'. Spring Boot settings are given as --name=value.");
			}
		}
		System.setOut(RESULT);
		AssureContext.serve(springArguments.toArray(String[]::new));
		return KEEP_SERVING;
	}

	@Command(name = "serve", mixinStandardHelpOptions = true,
			description = "Serve the web application (the default). Spring Boot options such as "
					+ "--server.port=8081 are passed on.")
	static final class Serve implements Callable<Integer> {

		@Unmatched
		private List<String> springArguments = new ArrayList<>();

		@Spec
		private CommandSpec spec;

		@Override
		public Integer call() {
			return serve(this.spec, this.springArguments);
		}

	}

	/** The version as recorded by the build. */
	static final class Version implements IVersionProvider {

		@Override
		public String[] getVersion() throws IOException {
			Properties properties = new Properties();
			try (InputStream in = AssureCommandLine.class.getResourceAsStream("/META-INF/build-info.properties")) {
				if (in != null) {
					properties.load(in);
				}
			}
			return new String[] { "Assure " + properties.getProperty("build.version", "(development build)") };
		}

	}

}
