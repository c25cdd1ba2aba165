package org.assure.reporting.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The linter's corpus (src/test/resources/lint-corpus, described in its README): passages
 * of other boards' reports with a verdict per claim, read into blocks, and the measure of
 * a linter against them.
 */
final class LintCorpus {

	static final Path FOLDER = Path.of("src/test/resources/lint-corpus");

	/** A claim's verdict. */
	enum Verdict {

		correct, error, unchecked

	}

	/**
	 * A claim.
	 *
	 * @param anchor words on the claim's line
	 * @param figure the figure as stated, or null when any finding on the line is about
	 * it
	 * @param verdict the verdict
	 * @param working the arithmetic
	 * @param line the claim's line in its block
	 */
	record Claim(String anchor, String figure, Verdict verdict, String working, int line) {
	}

	/**
	 * A passage with its claims.
	 *
	 * @param file the corpus file
	 * @param part tuning or held-out
	 * @param kind the kind of document
	 * @param altered whether the passage was altered to hold an error
	 * @param text the passage
	 * @param claims its claims
	 * @param batch when it was written: 1 with the rules' first changes, 2 after them
	 */
	record Block(String file, String part, String kind, boolean altered, String text, List<Claim> claims,
			String batch) {
	}

	private LintCorpus() {
	}

	static List<Block> read() {
		try (Stream<Path> files = Files.list(FOLDER)) {
			List<Block> blocks = new ArrayList<>();
			for (Path file : files.filter((f) -> f.toString().endsWith(".txt")).sorted().toList()) {
				blocks.addAll(read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
			}
			return blocks;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Block> read(String file, String content) {
		Map<String, String> header = new LinkedHashMap<>();
		String[] sections = content.split("\n=== ", -1);
		for (String line : sections[0].split("\n")) {
			int colon = line.indexOf(':');
			if (colon > 0) {
				header.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
			}
		}
		for (String key : List.of("source", "title", "kind", "part")) {
			if (!header.containsKey(key)) {
				throw new IllegalStateException(file + ": no " + key + " in the header");
			}
		}
		List<Block> blocks = new ArrayList<>();
		for (int i = 1; i < sections.length; i++) {
			String section = sections[i];
			int heading = section.indexOf('\n');
			boolean altered = section.startsWith("altered");
			int split = section.indexOf("\n--- claims\n");
			if (split < 0) {
				throw new IllegalStateException(file + ": a block without claims");
			}
			String text = section.substring(heading + 1, split);
			List<String> lines = List.of(text.split("\n", -1));
			List<Claim> claims = new ArrayList<>();
			for (String row : section.substring(split + "\n--- claims\n".length()).strip().split("\n")) {
				String[] parts = row.split("\\|", -1);
				if (parts.length != 4) {
					throw new IllegalStateException(
							file + ": a claim needs anchor | figure | verdict | working: " + row);
				}
				String anchor = parts[0].strip();
				int line = 0;
				int found = 0;
				for (int n = 0; n < lines.size(); n++) {
					int at = lines.get(n).indexOf(anchor);
					while (at >= 0) {
						found++;
						line = n + 1;
						at = lines.get(n).indexOf(anchor, at + 1);
					}
				}
				if (found != 1) {
					throw new IllegalStateException(
							file + ": the anchor \"" + anchor + "\" is found " + found + " times");
				}
				String figure = parts[1].strip();
				claims.add(new Claim(anchor, figure.equals("-") ? null : figure, Verdict.valueOf(parts[2].strip()),
						parts[3].strip(), line));
			}
			blocks.add(new Block(file, header.get("part"), header.get("kind"), altered, text, claims,
					header.getOrDefault("batch", "1")));
		}
		return blocks;
	}

	/** What a finding was matched to: an error claim, another claim, or nothing. */
	record Match(Finding finding, Claim claim) {
	}

	/**
	 * The claim a finding is about: one on the finding's line whose figure its message or
	 * excerpt names (or, failing that, the line's only claim, or its error claim when it
	 * has one without a figure).
	 */
	static Claim claimOf(Finding finding, List<Claim> claims) {
		String said = normal(finding.message() + " " + finding.excerpt());
		List<Claim> onLine = claims.stream().filter((c) -> c.line() == finding.line()).toList();
		String excerpt = normal(finding.excerpt());
		for (Claim claim : onLine) {
			String anchor = normal(claim.anchor());
			if (excerpt.length() >= 8 && (anchor.contains(excerpt) || excerpt.contains(anchor))) {
				return claim;
			}
		}
		for (Claim claim : onLine) {
			if (claim.figure() != null && said.contains("not " + normal(claim.figure()))) {
				return claim;
			}
		}
		for (Claim claim : onLine) {
			if (claim.figure() != null && said.contains(normal(claim.figure()))) {
				return claim;
			}
		}
		for (Claim claim : onLine) {
			if (claim.figure() == null && claim.verdict() == Verdict.error) {
				return claim;
			}
		}
		return (onLine.size() == 1 && onLine.get(0).figure() == null) ? onLine.get(0) : null;
	}

	static String normal(String text) {
		return text.toLowerCase(Locale.ROOT).replace(",", "").replace(" per cent", "%").replace(" percent", "%");
	}

	/** Counts for one slice of the corpus. */
	static final class Tally {

		int errors;

		int found;

		int others;

		int falseAlarms;

		final List<String> missed = new ArrayList<>();

		final List<String> alarms = new ArrayList<>();

		double recall() {
			return (this.errors == 0) ? 1 : (double) this.found / this.errors;
		}

		double falseAlarmRate() {
			return (this.others == 0) ? 0 : (double) this.falseAlarms / this.others;
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "recall %d/%d (%.1f%%), false alarms %d on %d other claims (%.1f%%)",
					this.found, this.errors, recall() * 100, this.falseAlarms, this.others, falseAlarmRate() * 100);
		}

	}

	/**
	 * Lints a block and adds what it found to the tally: an error claim is found when a
	 * finding is about it; any finding about another claim, or about none, is a false
	 * alarm.
	 */
	static void measure(Linter linter, Block block, Tally tally) {
		List<Finding> findings = linter.lint(LintDocument.ofText(block.file(), block.text()));
		List<Claim> found = new ArrayList<>();
		for (Finding finding : findings) {
			Claim claim = claimOf(finding, block.claims());
			if (claim != null && claim.verdict() == Verdict.error) {
				found.add(claim);
			}
			else {
				tally.falseAlarms++;
				tally.alarms.add(block.file() + (block.altered() ? " (altered)" : "") + ":" + finding.line() + " "
						+ finding.rule() + ": " + finding.message());
			}
		}
		for (Claim claim : block.claims()) {
			if (claim.verdict() == Verdict.error) {
				tally.errors++;
				if (found.contains(claim)) {
					tally.found++;
				}
				else {
					tally.missed.add(block.file() + (block.altered() ? " (altered)" : "") + ":" + claim.line() + " "
							+ claim.anchor() + " — " + claim.working());
				}
			}
			else {
				tally.others++;
			}
		}
	}

}
