package org.assure.casedata.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.assure.casedata.ImportFailed;
import org.assure.casedata.internal.ReferenceTables;
import org.assure.cli.AssureContext;
import org.assure.cli.AssureSubcommand;
import org.assure.cli.OutputFormat;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code assure reference --postcodes ONSPD.csv --providers register.csv}: loads the
 * reference data the DfE's SSDA903 rules read beside a return (docs/validation.md), for
 * every partnership's imports and checks; each file given replaces what was held.
 */
@Command(name = "reference", mixinStandardHelpOptions = true,
		description = "Load the ONS Postcode Directory and Ofsted's register of providers that the DfE's SSDA903 "
				+ "rules read beside a return, for every partnership's imports and checks; each file given replaces "
				+ "what was held.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:loaded (or, with neither option, the counts shown)", "2:a file could not be read" })
public final class ReferenceCommand implements AssureSubcommand, Callable<Integer> {

	@Option(names = "--postcodes", paramLabel = "FILE",
			description = "the ONS Postcode Directory (CSV), whole or an extract")
	private @Nullable Path postcodes;

	@Option(names = "--providers", paramLabel = "FILE",
			description = "Ofsted's register of providers (CSV: URN, PLACE_CODES, PROVIDER_CODES, POSTCODE, LA, REG_END)")
	private @Nullable Path providers;

	@Option(names = "--clear", description = "remove the directory and the register held (before loading any given)")
	private boolean clear;

	@Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
	private OutputFormat format = OutputFormat.text;

	@Option(names = "--spring", split = ",", hidden = true, description = "Spring Boot settings, name=value")
	private List<String> springSettings = new ArrayList<>();

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		for (Path file : new Path[] { this.postcodes, this.providers }) {
			if (file != null && (!Files.isReadable(file) || Files.isDirectory(file))) {
				this.spec.commandLine().getErr().println(file + ": no such file, or it cannot be read");
				return 2;
			}
		}
		String[] springArguments = this.springSettings.stream().map((setting) -> "--" + setting).toArray(String[]::new);
		return AssureContext.withApplication((context) -> {
			ReferenceTables tables = context.getBean(ReferenceTables.class);
			Map<String, Object> result = new LinkedHashMap<>();
			try {
				if (this.clear) {
					tables.clear();
				}
				if (this.postcodes != null) {
					result.put("postcodesLoaded", tables.loadPostcodes(this.postcodes));
				}
				if (this.providers != null) {
					result.put("providersLoaded", tables.loadProviders(this.providers));
				}
			}
			catch (ImportFailed ex) {
				this.spec.commandLine().getErr().println("Nothing was loaded from it. " + ex.getMessage());
				return 2;
			}
			tables.counts().forEach((table, count) -> result.put(table + "Held", count));
			this.spec.commandLine().getOut().println(this.format.render(result));
			return 0;
		}, springArguments);
	}

}
