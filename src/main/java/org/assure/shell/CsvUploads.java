package org.assure.shell;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a module's page takes an uploaded CSV file and answers: to the list with how many
 * records were stored, or back to the upload page with every problem of the file and
 * nothing stored. The page reads {@code errors}, {@code problems} and {@code columns}.
 */
public final class CsvUploads {

	private CsvUploads() {
	}

	/** A module's import of a file, all or nothing. */
	@FunctionalInterface
	public interface Importer {

		/**
		 * Imports a file.
		 * @param csv the file
		 * @param fileName its name, for messages
		 * @return how many records were stored
		 * @throws InvalidUploadException naming every problem; nothing is stored
		 */
		int run(Reader csv, String fileName);

	}

	/**
	 * The upload page before a file is sent.
	 * @param model the page's model
	 * @param columns the file's columns
	 */
	public static void form(Model model, List<String> columns) {
		model.addAttribute("problems", List.of());
		model.addAttribute("columns", columns);
		model.addAttribute("errors", FormErrors.none());
	}

	/**
	 * Takes an uploaded file.
	 * @param file the file, or null when none was sent
	 * @param what what the file holds, in the plural, such as "referrals" (one of them is
	 * named without its final s)
	 * @param columns the file's columns, for the page
	 * @param importer the module's import
	 * @param model the page's model
	 * @param redirect the redirect's flash attributes
	 * @param done where to go when it was stored, such as
	 * {@code redirect:/lado/allegations}
	 * @param page the upload page's view, shown again with the problems
	 * @return the redirect or the view
	 * @throws IOException when the upload cannot be read
	 */
	public static String take(@Nullable MultipartFile file, String what, List<String> columns, Importer importer,
			Model model, RedirectAttributes redirect, String done, String page) throws IOException {
		FormErrors errors = FormErrors.none();
		List<String> problems = List.of();
		if (file == null || file.isEmpty()) {
			errors.add("file", "Select a CSV file of " + what);
		}
		else {
			String name = (file.getOriginalFilename() != null)
					? Path.of(file.getOriginalFilename()).getFileName().toString() : "upload.csv";
			try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
				int stored = importer.run(reader, name);
				String noun = (stored == 1 && what.endsWith("s")) ? what.substring(0, what.length() - 1) : what;
				redirect.addFlashAttribute("success", stored + " " + noun + " imported from " + name);
				return done;
			}
			catch (InvalidUploadException ex) {
				problems = ex.problems();
				errors.add("file", "Nothing was stored: " + problems.size()
						+ ((problems.size() == 1) ? " problem" : " problems") + " in " + name + ", listed below");
			}
		}
		model.addAttribute("problems", problems);
		model.addAttribute("columns", columns);
		model.addAttribute("errors", errors);
		return page;
	}

}
