package org.assure.cli;

import java.util.function.Function;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts Assure, either as the web application or, for a one-off command, without its web
 * server but with the same configuration: the same database, migrations and demo mode.
 */
public final class AssureContext {

	/** The application the commands start: the command line's caller names it. */
	private static volatile Class<?> applicationClass = Object.class;

	private AssureContext() {
	}

	static void use(Class<?> application) {
		applicationClass = application;
	}

	static void serve(String[] springArguments) {
		SpringApplication.run(applicationClass, springArguments);
	}

	/**
	 * Runs {@code work} inside a started web application, on the port its arguments give
	 * ({@code --server.port=0} for any free one), then closes it: for load tests.
	 * @param <T> what the work returns
	 * @param work the work, given the context and the port the server listens on
	 * @param springArguments Spring Boot arguments
	 * @return what the work returned
	 */
	public static <T> T withWebApplication(
			java.util.function.BiFunction<ConfigurableApplicationContext, Integer, T> work, String... springArguments) {
		SpringApplication application = new SpringApplication(applicationClass);
		application.setLogStartupInfo(false);
		try (ConfigurableApplicationContext context = application.run(springArguments)) {
			int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "8080"));
			return work.apply(context, port);
		}
	}

	/**
	 * Runs {@code work} inside a started application without a web server, then closes
	 * it.
	 * @param <T> what the work returns
	 * @param work the work to do with the started application
	 * @param springArguments Spring Boot arguments (for example
	 * {@code --spring.profiles.active=postgres})
	 * @return what the work returned
	 */
	public static <T> T withApplication(Function<ConfigurableApplicationContext, T> work, String... springArguments) {
		SpringApplication application = new SpringApplication(applicationClass);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setLogStartupInfo(false);
		application.setAdditionalProfiles("command");
		try (ConfigurableApplicationContext context = application.run(springArguments)) {
			return work.apply(context);
		}
	}

}
