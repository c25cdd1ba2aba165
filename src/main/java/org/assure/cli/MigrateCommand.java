package org.assure.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code assure migrate}: brings the configured database up to date and reports its
 * schema version, without serving.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true,
		description = "Apply the database migrations to the configured database, load the demo "
				+ "partnership if demo mode is on, and exit.")
final class MigrateCommand implements Callable<Integer> {

	@Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE})", defaultValue = "text")
	private OutputFormat format = OutputFormat.text;

	@Unmatched
	private List<String> springArguments = new ArrayList<>();

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		String report = AssureContext.withApplication(context -> {
			Flyway flyway = context.getBean(Flyway.class);
			MigrationInfo current = flyway.info().current();
			int applied = flyway.info().applied().length;
			String version = (current != null) ? current.getVersion().toString() : "none";
			Map<String, Object> summary = new LinkedHashMap<>();
			summary.put("schemaVersion", version);
			summary.put("appliedMigrations", applied);
			return this.format.render(summary);
		}, this.springArguments.toArray(String[]::new));
		this.spec.commandLine().getOut().println(report);
		return 0;
	}

}
