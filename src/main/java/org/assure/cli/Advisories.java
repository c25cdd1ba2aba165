package org.assure.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Known vulnerabilities of the components a build holds, read offline: the components
 * from a CycloneDX bill of materials (the one built into {@code assure.jar}, or a file),
 * the advisories from a copy of the OSV database of Maven packages (the {@code all.zip}
 * osv.dev publishes, or a folder of its JSON files). An advisory affects a component when
 * it names the package and lists the version, or a range of the package's own versions
 * holds it.
 */
final class Advisories {

	/** Where Spring Boot's build puts the bill of materials inside the jar. */
	static final String BUILT_IN_SBOM = "META-INF/sbom/application.cdx.json";

	/** The largest advisory read; the largest in OSV's Maven database is far smaller. */
	private static final int MOST_BYTES = 8 * 1024 * 1024;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Advisories() {
	}

	/**
	 * A component of the build.
	 *
	 * @param name {@code group:artifact}
	 * @param version its version
	 */
	record Component(String name, String version) {
	}

	/**
	 * A vulnerability found in a component.
	 *
	 * @param id the advisory's id (GHSA-…)
	 * @param aliases its other ids (CVE-…)
	 * @param severity as the advisory gives it, or "unknown"
	 * @param component the component
	 * @param fixedIn the versions that fix it, as the advisory gives them
	 * @param summary the advisory's summary
	 */
	record Finding(String id, List<String> aliases, String severity, Component component, List<String> fixedIn,
			String summary) {
	}

	/**
	 * What a check found.
	 *
	 * @param components the components checked
	 * @param advisories the advisories read
	 * @param newestAdvisory when the newest advisory was last changed (how fresh the copy
	 * is), or null when none said
	 * @param findings the vulnerabilities found, by component then id
	 */
	record Result(int components, long advisories, @Nullable String newestAdvisory, List<Finding> findings) {
	}

	/**
	 * Reads a CycloneDX bill of materials (JSON): its components with a group, name and
	 * version.
	 * @param in the file's content
	 * @param where the file's name, for messages
	 * @return the components
	 * @throws BadInput when it is not a CycloneDX JSON file
	 */
	static List<Component> components(InputStream in, String where) throws IOException {
		JsonNode bom;
		try {
			bom = JSON.readTree(in);
		}
		catch (JacksonException ex) {
			throw new BadInput(where + ": not JSON (" + ex.getOriginalMessage() + ")");
		}
		if (!"CycloneDX".equals(bom.path("bomFormat").asString(""))) {
			throw new BadInput(where + ": not a CycloneDX bill of materials (bomFormat is not CycloneDX)");
		}
		List<Component> components = new ArrayList<>();
		collect(bom.path("components"), components);
		return components;
	}

	private static void collect(JsonNode list, List<Component> into) {
		for (JsonNode component : list) {
			String group = component.path("group").asString("");
			String name = component.path("name").asString("");
			String version = component.path("version").asString("");
			if (!group.isEmpty() && !name.isEmpty() && !version.isEmpty()) {
				into.add(new Component(group + ":" + name, version));
			}
			collect(component.path("components"), into);
		}
	}

	/**
	 * Checks components against a copy of the OSV database.
	 * @param components the components
	 * @param database {@code all.zip} or a folder of advisories
	 * @return what was found
	 * @throws BadInput when the database cannot be read
	 */
	static Result check(List<Component> components, Path database) throws IOException {
		Map<String, List<Component>> byName = new HashMap<>();
		for (Component component : components) {
			byName.computeIfAbsent(component.name(), (name) -> new ArrayList<>()).add(component);
		}
		List<Finding> findings = new ArrayList<>();
		long[] read = new long[1];
		String[] newest = new String[1];
		Consumer<Advisory> each = (advisory) -> {
			read[0]++;
			String modified = advisory.json().path("modified").asString("");
			if (!modified.isEmpty() && (newest[0] == null || modified.compareTo(newest[0]) > 0)) {
				newest[0] = modified;
			}
			findings.addAll(affected(advisory, byName));
		};
		if (Files.isDirectory(database)) {
			try (Stream<Path> files = Files.walk(database)) {
				for (Path file : files.filter((path) -> path.toString().endsWith(".json")).sorted().toList()) {
					try (InputStream in = Files.newInputStream(file)) {
						each.accept(advisory(in, file.toString()));
					}
				}
			}
		}
		else if (Files.isRegularFile(database)) {
			try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(database))) {
				boolean any = false;
				for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
					any = true;
					if (!entry.isDirectory() && entry.getName().endsWith(".json")) {
						each.accept(advisory(zip, database.getFileName() + "!" + entry.getName()));
					}
				}
				if (!any) {
					throw new BadInput(database + ": not a zip file of OSV advisories (no entries)");
				}
			}
			catch (java.util.zip.ZipException ex) {
				throw new BadInput(database + ": not a readable zip file (" + ex.getMessage() + ")");
			}
		}
		else {
			throw new BadInput(database + ": no such file or folder");
		}
		findings.sort(Comparator.comparing((Finding finding) -> finding.component().name()).thenComparing(Finding::id));
		return new Result(components.size(), read[0], newest[0], List.copyOf(findings));
	}

	private record Advisory(JsonNode json, String where) {
	}

	private static Advisory advisory(InputStream in, String where) throws IOException {
		byte[] bytes = in.readNBytes(MOST_BYTES + 1);
		if (bytes.length > MOST_BYTES) {
			throw new BadInput(where + ": an advisory larger than " + MOST_BYTES / 1024 / 1024 + " MB");
		}
		try {
			return new Advisory(JSON.readTree(bytes), where);
		}
		catch (JacksonException ex) {
			throw new BadInput(where + ": not JSON (" + ex.getOriginalMessage() + ")");
		}
	}

	/**
	 * The components an advisory affects.
	 */
	private static List<Finding> affected(Advisory advisory, Map<String, List<Component>> byName) {
		JsonNode json = advisory.json();
		if (json.hasNonNull("withdrawn")) {
			return List.of();
		}
		List<Finding> findings = new ArrayList<>();
		for (JsonNode affected : json.path("affected")) {
			JsonNode pkg = affected.path("package");
			if (!"Maven".equals(pkg.path("ecosystem").asString(""))) {
				continue;
			}
			for (Component component : byName.getOrDefault(pkg.path("name").asString(""), List.of())) {
				if (affects(affected, component.version())) {
					findings.add(new Finding(json.path("id").asString("?"), strings(json.path("aliases")),
							severity(json, affected), component, fixedIn(affected),
							json.path("summary").asString(json.path("details").asString("")).strip()));
				}
			}
		}
		return findings;
	}

	/**
	 * Whether an advisory's entry for a package affects a version: listed among its
	 * versions, or inside one of its ranges of the package's own versions.
	 * @param affected the entry
	 * @param version the version
	 * @return true when affected
	 */
	static boolean affects(JsonNode affected, String version) {
		for (JsonNode listed : affected.path("versions")) {
			if (MavenVersion.compare(listed.asString(""), version) == 0) {
				return true;
			}
		}
		for (JsonNode range : affected.path("ranges")) {
			if (!"ECOSYSTEM".equals(range.path("type").asString("")) || !inRange(range.path("events"), version)) {
				continue;
			}
			return true;
		}
		return false;
	}

	/**
	 * OSV's range: from each {@code introduced} up to (not including) the next
	 * {@code fixed}, or up to and including a {@code last_affected}, or on without end.
	 */
	private static boolean inRange(JsonNode events, String version) {
		String introduced = null;
		for (JsonNode event : events) {
			if (event.has("introduced")) {
				introduced = event.path("introduced").asString("0");
			}
			else if (introduced != null && event.has("fixed")) {
				if (atLeast(version, introduced) && MavenVersion.compare(version, event.path("fixed").asString()) < 0) {
					return true;
				}
				introduced = null;
			}
			else if (introduced != null && event.has("last_affected")) {
				if (atLeast(version, introduced)
						&& MavenVersion.compare(version, event.path("last_affected").asString()) <= 0) {
					return true;
				}
				introduced = null;
			}
			else if (introduced != null && event.has("limit")) {
				if (atLeast(version, introduced) && MavenVersion.compare(version, event.path("limit").asString()) < 0) {
					return true;
				}
				introduced = null;
			}
		}
		return introduced != null && atLeast(version, introduced);
	}

	private static boolean atLeast(String version, String introduced) {
		return "0".equals(introduced) || MavenVersion.compare(version, introduced) >= 0;
	}

	private static List<String> fixedIn(JsonNode affected) {
		List<String> fixed = new ArrayList<>();
		for (JsonNode range : affected.path("ranges")) {
			for (JsonNode event : range.path("events")) {
				if (event.has("fixed")) {
					fixed.add(event.path("fixed").asString());
				}
			}
		}
		return fixed;
	}

	private static String severity(JsonNode json, JsonNode affected) {
		for (JsonNode specific : List.of(affected.path("database_specific"), json.path("database_specific"))) {
			String severity = specific.path("severity").asString("");
			if (!severity.isEmpty()) {
				return severity.toUpperCase(Locale.ROOT);
			}
		}
		return "unknown";
	}

	private static List<String> strings(JsonNode list) {
		List<String> strings = new ArrayList<>();
		for (JsonNode each : list) {
			strings.add(each.asString(""));
		}
		return strings;
	}

	/** Input that cannot be read: the message names the file and what is wrong. */
	static final class BadInput extends IOException {

		private static final long serialVersionUID = 1L;

		BadInput(String message) {
			super(message);
		}

	}

}
