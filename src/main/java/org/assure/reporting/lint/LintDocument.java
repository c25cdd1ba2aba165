package org.assure.reporting.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A report's text, line by line, as the linter reads it. A run of more than 100
 * characters without a space is cut to its first 100 (see {@link #shortenWords}).
 *
 * @param name the file's name
 * @param lines its lines
 */
public record LintDocument(String name, List<LintLine> lines) {

	/** The longest run of characters without a space the linter reads whole. */
	static final int LONGEST_WORD = 100;

	/** A cell that is a figure: 23, 1,547, 35%, 19.6. */
	private static final Pattern FIGURE_CELL = Pattern
		.compile("^\\s*(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?\\s*%?\\s*$");

	/** A count: digits alone, or written in thousands (601, 1,920). */
	private static final Pattern COUNT = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+");

	/** The label of a table's total row. */
	private static final Pattern TOTAL_LABEL = Pattern.compile("(?i)^(?:total|all|overall)\\b.*");

	/**
	 * The fewest rows, total included, of a table read from lines of a label and counts.
	 */
	private static final int FEWEST_COUNTED_ROWS = 3;

	/**
	 * A document of plain text: each line as it is, a line with tabs as a table row.
	 * @param name the file's name
	 * @param text the text
	 * @return the document
	 */
	public static LintDocument ofText(String name, String text) {
		return of(name, List.of(text.split("\r\n|\r|\n", -1)));
	}

	/**
	 * A document of lines of text. A line with tabs is a table row, its cells the
	 * tab-separated parts. So are the lines of a run written with other separators, as
	 * copies of web pages and PDFs show tables: cells between " / " (a run of lines with
	 * " / " in which at least two have three or more cells and a figure among them; the
	 * run's shorter lines are rows broken over lines) or between "|" (a run of two or
	 * more lines that start with "|"); and, as a PDF's text shows a table of counts, a
	 * run of lines each of a label and the same number of counts apart by spaces ('Police
	 * 601 655'), one of them a total ('Total 1,920 2,267'), with the line above as its
	 * header.
	 * @param name the file's name
	 * @param texts the lines
	 * @return the document
	 */
	public static LintDocument of(String name, List<String> texts) {
		List<LintLine> lines = new ArrayList<>(texts.size());
		for (int i = 0; i < texts.size(); i++) {
			lines.add(LintLine.of(i + 1, shortenWords(texts.get(i))));
		}
		int i = 0;
		while (i < lines.size()) {
			int end = i;
			while (end < lines.size() && !lines.get(end).row() && slashed(lines.get(end).text())) {
				end++;
			}
			if (end > i) {
				long strong = lines.subList(i, end)
					.stream()
					.map((l) -> cells(l.text(), " / "))
					.filter((cells) -> cells.size() >= 3
							&& cells.stream().anyMatch((c) -> FIGURE_CELL.matcher(c).matches()))
					.count();
				if (strong >= 2) {
					for (int j = i; j < end; j++) {
						LintLine line = lines.get(j);
						lines.set(j, new LintLine(line.number(), String.join("\t", cells(line.text(), " / ")),
								cells(line.text(), " / ")));
					}
				}
				i = end;
				continue;
			}
			while (end < lines.size() && !lines.get(end).row() && piped(lines.get(end).text())) {
				end++;
			}
			if (end - i >= 2) {
				for (int j = i; j < end; j++) {
					LintLine line = lines.get(j);
					String inner = line.text().strip().replaceAll("^\\|", "").replaceAll("\\|$", "");
					List<String> cells = cells(inner, "|");
					lines.set(j, new LintLine(line.number(), String.join("\t", cells), cells));
				}
				i = end;
				continue;
			}
			end = countedRows(lines, i);
			if (end > i) {
				i = end;
				continue;
			}
			i = Math.max(end, i + 1);
		}
		return new LintDocument(name, lines);
	}

	/**
	 * The text with every run of more than {@link #LONGEST_WORD} characters without a
	 * space cut to its first {@value #LONGEST_WORD}. No word or figure of a report is
	 * that long; such a run is a link, encoded data or a damaged file, and the rules'
	 * patterns would take time in proportion to its square.
	 * @param text a line
	 * @return the line, unchanged when no run is that long
	 */
	static String shortenWords(String text) {
		int run = 0;
		boolean longRun = false;
		for (int i = 0; i < text.length() && !longRun; i++) {
			run = Character.isWhitespace(text.charAt(i)) ? 0 : run + 1;
			longRun = run > LONGEST_WORD;
		}
		if (!longRun) {
			return text;
		}
		StringBuilder shortened = new StringBuilder(text.length());
		run = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			run = Character.isWhitespace(c) ? 0 : run + 1;
			if (run <= LONGEST_WORD) {
				shortened.append(c);
			}
		}
		return shortened.toString();
	}

	/**
	 * Makes rows of a run of lines, from the one given, each of a label and the same
	 * number of counts, when one of them is a total and there are at least
	 * {@value #FEWEST_COUNTED_ROWS}; the line just above the run, when it has as many
	 * words after its first as the rows have counts, is the header.
	 * @return the line after the run, whether or not it was made rows (the line given
	 * when its own line is not of a label and counts)
	 */
	private static int countedRows(List<LintLine> lines, int start) {
		List<List<String>> rows = new ArrayList<>();
		int counts = -1;
		int end = start;
		while (end < lines.size() && !lines.get(end).row()) {
			List<String> cells = labelAndCounts(lines.get(end).text());
			if (cells == null || (counts >= 0 && cells.size() - 1 != counts)) {
				break;
			}
			counts = cells.size() - 1;
			rows.add(cells);
			end++;
		}
		if (rows.size() < FEWEST_COUNTED_ROWS
				|| rows.stream().noneMatch((cells) -> TOTAL_LABEL.matcher(cells.get(0)).matches())) {
			// not a table: its lines stay text, and are not read again as the start of
			// another run (which took time in proportion to the square of a long run)
			return end;
		}
		for (int j = start; j < end; j++) {
			List<String> cells = rows.get(j - start);
			lines.set(j, new LintLine(lines.get(j).number(), String.join("\t", cells), cells));
		}
		if (start > 0 && !lines.get(start - 1).row()) {
			String[] words = lines.get(start - 1).text().strip().split("\\s+");
			if (words.length == counts + 1 && !words[0].isEmpty()) {
				List<String> header = List.of(words);
				lines.set(start - 1, new LintLine(lines.get(start - 1).number(), String.join("\t", header), header));
			}
		}
		return end;
	}

	/**
	 * A line's label and the counts after it, or null when it is not such a line. The
	 * counts are read from the end of the line by hand, at most one more than a row may
	 * have: a regular expression anchored at the end, searched again after each count,
	 * took time in proportion to the cube of a long line's length (a damaged file can be
	 * one line of a million digits and spaces).
	 */
	static @Nullable List<String> labelAndCounts(String text) {
		String rest = text.strip();
		List<String> counts = new ArrayList<>();
		while (counts.size() <= MOST_COUNTS) {
			int end = rest.length();
			int start = end;
			while (start > 0 && (digit(rest.charAt(start - 1)) || rest.charAt(start - 1) == ',')) {
				start--;
			}
			int space = start;
			while (space > 0 && whitespace(rest.charAt(space - 1))) {
				space--;
			}
			if (start == end || space == start || !COUNT.matcher(rest).region(start, end).matches()) {
				break;
			}
			counts.add(0, rest.substring(start, end));
			rest = rest.substring(0, space);
		}
		if (counts.isEmpty() || counts.size() > MOST_COUNTS || rest.isBlank()
				|| !rest.chars().anyMatch(Character::isLetter) || rest.endsWith(",")
				|| digit(rest.charAt(rest.length() - 1))) {
			return null;
		}
		List<String> cells = new ArrayList<>();
		cells.add(rest.strip());
		cells.addAll(counts);
		return cells;
	}

	/** The most counts a row of label and counts has. */
	private static final int MOST_COUNTS = 12;

	private static boolean digit(char c) {
		return c >= '0' && c <= '9';
	}

	/** Whitespace as a regular expression's {@code \s} means it. */
	private static boolean whitespace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	private static boolean slashed(String text) {
		return text.contains(" / ");
	}

	private static boolean piped(String text) {
		String strip = text.strip();
		return strip.startsWith("|") && strip.indexOf('|', 1) > 0;
	}

	private static List<String> cells(String text, String separator) {
		List<String> cells = new ArrayList<>();
		for (String cell : text.split(Pattern.quote(separator), -1)) {
			cells.add(cell.strip());
		}
		return cells;
	}

}
