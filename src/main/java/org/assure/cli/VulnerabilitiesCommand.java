package org.assure.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code assure vulnerabilities --osv FILE}: checks the components built into this
 * {@code assure.jar} (its CycloneDX bill of materials) against a copy of the OSV database
 * of Maven packages, offline. Starts nothing: no database, no application.
 */
@Command(name = "vulnerabilities", mixinStandardHelpOptions = true,
		description = "Check the libraries built into assure.jar (its bill of materials) against a downloaded copy of "
				+ "the OSV database of Maven advisories, offline. Exit 1 when any is affected.")
public final class VulnerabilitiesCommand implements Callable<Integer> {

	@Option(names = "--osv", required = true, description = "the OSV database of Maven packages: the all.zip of "
			+ "https://osv-vulnerabilities.storage.googleapis.com/Maven/all.zip, or a folder of its JSON files")
	private Path osv;

	@Option(names = "--sbom",
			description = "a CycloneDX JSON bill of materials to check instead of the one built into assure.jar")
	private @Nullable Path sbom;

	@Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
	private OutputFormat format = OutputFormat.text;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		Advisories.Result result;
		String checked;
		try {
			List<Advisories.Component> components;
			if (this.sbom != null) {
				checked = this.sbom.toString();
				try (InputStream in = Files.newInputStream(this.sbom)) {
					components = Advisories.components(in, checked);
				}
				catch (java.nio.file.NoSuchFileException ex) {
					throw new Advisories.BadInput(checked + ": no such file");
				}
			}
			else {
				checked = "assure.jar (" + Advisories.BUILT_IN_SBOM + ")";
				try (InputStream in = VulnerabilitiesCommand.class.getClassLoader()
					.getResourceAsStream(Advisories.BUILT_IN_SBOM)) {
					if (in == null) {
						throw new Advisories.BadInput("This build carries no bill of materials ("
								+ Advisories.BUILT_IN_SBOM + "); build it with ./mvnw package, or give --sbom FILE");
					}
					components = Advisories.components(in, checked);
				}
			}
			result = Advisories.check(components, this.osv);
		}
		catch (Advisories.BadInput ex) {
			this.spec.commandLine().getErr().println(ex.getMessage());
			return 2;
		}
		catch (IOException ex) {
			this.spec.commandLine().getErr().println("Could not read: " + ex.getMessage());
			return 2;
		}
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("checked", checked);
		report.put("components", result.components());
		report.put("advisories", result.advisories());
		report.put("newestAdvisory", (result.newestAdvisory() != null) ? result.newestAdvisory() : "not given");
		report.put("affected", result.findings().size());
		if (this.format == OutputFormat.json) {
			List<Map<String, Object>> findings = new ArrayList<>();
			for (Advisories.Finding finding : result.findings()) {
				Map<String, Object> each = new LinkedHashMap<>();
				each.put("id", finding.id());
				each.put("aliases", finding.aliases());
				each.put("severity", finding.severity());
				each.put("component", finding.component().name());
				each.put("version", finding.component().version());
				each.put("fixedIn", finding.fixedIn());
				each.put("summary", finding.summary());
				findings.add(each);
			}
			report.put("findings", findings);
		}
		this.spec.commandLine().getOut().println(this.format.render(report));
		if (this.format == OutputFormat.text) {
			for (Advisories.Finding finding : result.findings()) {
				this.spec.commandLine()
					.getOut()
					.printf("%s %s %s %s%s: %s%n", finding.severity(), finding.component().name(),
							finding.component().version(),
							finding.id() + (finding.aliases().isEmpty() ? "" : " " + finding.aliases()),
							finding.fixedIn().isEmpty() ? ", no fix yet"
									: ", fixed in " + String.join(" or ", finding.fixedIn()),
							finding.summary());
			}
		}
		return result.findings().isEmpty() ? 0 : 1;
	}

}
