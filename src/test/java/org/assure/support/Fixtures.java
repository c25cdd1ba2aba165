package org.assure.support;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public test files written by others, read in place from
 * {@code ../shared/fixtures/external} (never copied, never edited).
 */
public final class Fixtures {

	private static final Path EXTERNAL = Path.of("..", "shared", "fixtures", "external").toAbsolutePath().normalize();

	private Fixtures() {
	}

	/**
	 * A file under the external fixtures.
	 * @param relative its path below {@code external/}, such as
	 * {@code cin-census/CIN_Census_2024.xml}
	 * @return its path
	 */
	public static Path external(String relative) {
		Path file = EXTERNAL.resolve(relative);
		assertThat(file).as("the external fixture %s (shared/ must lie beside the project)", relative).exists();
		return file;
	}

	/**
	 * The seed: the annual report Assure is built from, read in place from
	 * {@code ../shared/seed}.
	 * @return its path
	 */
	public static Path seed() {
		Path file = EXTERNAL.getParent().getParent().resolve("seed").resolve("000_3b8676840c427715.txt");
		assertThat(file).as("the seed report (shared/ must lie beside the project)").exists();
		return file;
	}

	/**
	 * The external fixtures' folder.
	 * @return the folder
	 */
	public static Path externalFolder() {
		assertThat(EXTERNAL).as("shared/fixtures/external beside the project").isDirectory();
		return EXTERNAL;
	}

	/**
	 * The large authority's SSDA903 tables of 2017-18 among the external fixtures (not
	 * the two 2020 files), in name order, as a return's files.
	 * @return the files
	 */
	public static java.util.List<org.assure.casedata.ImportFile> largeSsda903Return() {
		try (java.util.stream.Stream<Path> files = Files.list(external("ssda903"))) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".csv"))
				.filter((file) -> !file.getFileName().toString().startsWith("SSDA903_2020"))
				.sorted()
				.map((file) -> new org.assure.casedata.ImportFile(file.getFileName().toString(), file))
				.toList();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * Whether a path is a regular file.
	 * @param path the path
	 * @return true for a file
	 */
	public static boolean isFile(Path path) {
		return Files.isRegularFile(path);
	}

}
