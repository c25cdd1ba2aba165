package org.assure.reporting.lint;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A report's text, extracted line by line: plain text as it is (a line with tabs is a
 * table row); a Word document's paragraphs, and its tables row by row; a PDF's text in
 * the order the PDF writes it, its paragraphs apart; a web page's blocks, and its tables
 * row by row. Every format is read with its limits: the file's size, the number of lines,
 * and for Word the zip-bomb guards.
 */
public final class ReportText {

	/**
	 * Below this ratio of compressed to uncompressed size, a Word entry is a zip bomb.
	 */
	private static final double MIN_INFLATE_RATIO = 0.01;

	/** The largest entry a Word document may unpack to. */
	private static final long MAX_ENTRY_SIZE = 200L * 1024 * 1024;

	private ReportText() {
	}

	/**
	 * Reads a report.
	 * @param fileName its name; the ending says its format (.txt, .docx, .pdf, .html)
	 * @param bytes its bytes
	 * @param settings the limits
	 * @return its text
	 * @throws UnreadableReportException when it cannot be read safely
	 */
	public static LintDocument read(String fileName, byte[] bytes, LintSettings settings) {
		if (bytes.length > settings.maxBytes()) {
			throw new UnreadableReportException(fileName + ": the file is " + megabytes(bytes.length)
					+ "; the linter reads files up to " + megabytes(settings.maxBytes()));
		}
		String name = fileName.toLowerCase(Locale.ROOT);
		List<String> lines;
		if (name.endsWith(".docx")) {
			lines = docx(fileName, bytes);
		}
		else if (name.endsWith(".pdf")) {
			lines = pdf(fileName, bytes);
		}
		else if (name.endsWith(".html") || name.endsWith(".htm")) {
			lines = html(fileName, utf8(fileName, bytes));
		}
		else if (name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".md") || !name.contains(".")) {
			lines = List.of(utf8(fileName, bytes).split("\r\n|\r|\n", -1));
		}
		else {
			throw new UnreadableReportException(
					fileName + ": the linter reads text (.txt), Word (.docx), PDF (.pdf) and web pages (.html)");
		}
		if (lines.size() > settings.maxLines()) {
			throw new UnreadableReportException(fileName + ": the text has " + lines.size()
					+ " lines; the linter reads up to " + settings.maxLines());
		}
		return LintDocument.of(fileName, lines);
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

	private static String utf8(String fileName, byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			// Windows-1252 is what a report saved as "plain text" on Windows usually is.
			String text = new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
			if (text.chars().filter((c) -> c == 0).count() > 0) {
				throw new UnreadableReportException(fileName + ": the file is not text (it holds binary data)");
			}
			return text;
		}
	}

	private static List<String> docx(String fileName, byte[] bytes) {
		ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
		List<String> lines = new ArrayList<>();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					lines.addAll(List.of(paragraph.getText().split("\r\n|\r|\n", -1)));
					lines.add("");
				}
				else if (element instanceof XWPFTable table) {
					for (XWPFTableRow row : table.getRows()) {
						List<String> cells = new ArrayList<>();
						for (XWPFTableCell cell : row.getTableCells()) {
							cells.add(cell.getText().replaceAll("[\\t\\r\\n]+", " ").strip());
						}
						lines.add(String.join("\t", cells));
					}
					lines.add("");
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableReportException(
					fileName + ": is not a Word document the linter can open safely (" + reason(ex) + ")", ex);
		}
		return lines;
	}

	private static List<String> pdf(String fileName, byte[] bytes) {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			if (document.isEncrypted()) {
				throw new UnreadableReportException(fileName + ": the PDF is encrypted");
			}
			PDFTextStripper stripper = new PDFTextStripper();
			// The order the PDF writes its text in, not the order of positions on the
			// page:
			// sorted by position, the lines of two columns side by side are read as one
			// line each, and a sentence of one column runs on into the other's. A
			// paragraph
			// ends in a blank line, as in a text file.
			stripper.setSortByPosition(false);
			stripper.setAddMoreFormatting(true);
			stripper.setParagraphEnd("\n");
			return List.of(stripper.getText(document).split("\r\n|\r|\n", -1));
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof UnreadableReportException unreadable) {
				throw unreadable;
			}
			throw new UnreadableReportException(fileName + ": is not a PDF the linter can read (" + reason(ex) + ")",
					ex);
		}
	}

	private static List<String> html(String fileName, String text) {
		int longName = longestMarkupName(text);
		if (longName > LONGEST_MARKUP_NAME) {
			throw new UnreadableReportException(fileName + ": a tag or attribute name " + longName
					+ " characters long; the linter reads web pages whose names are at most " + LONGEST_MARKUP_NAME);
		}
		List<String> lines = new ArrayList<>();
		Element body = Jsoup.parse(text).body();
		StringBuilder current = new StringBuilder();
		walk(body, lines, current);
		flush(lines, current);
		return lines;
	}

	/**
	 * The longest tag or attribute name read. The web page parser takes time in
	 * proportion to the square of a name's length, so a page with a name of millions of
	 * characters (a damaged or hostile file) would keep it busy for hours.
	 */
	static final int LONGEST_MARKUP_NAME = 1_000;

	/**
	 * The length of the longest run of name characters inside a tag, outside quoted
	 * values (which may be long: an image written into the page).
	 * @param text a web page
	 * @return the longest, 0 for none
	 */
	static int longestMarkupName(String text) {
		int longest = 0;
		int run = 0;
		boolean inTag = false;
		boolean inValue = false;
		char quote = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!inTag) {
				inTag = c == '<';
				inValue = false;
				run = 0;
			}
			else if (quote != 0) {
				quote = (c == quote) ? 0 : quote;
			}
			else if (c == '>') {
				inTag = false;
			}
			else if (Character.isWhitespace(c)) {
				inValue = false;
				run = 0;
			}
			else if (c == '=') {
				inValue = true;
				run = 0;
			}
			else if (c == '"' || c == '\'') {
				quote = c;
			}
			else if (!inValue && c != '/') {
				run++;
				longest = Math.max(longest, run);
			}
			else {
				run = 0;
			}
		}
		return longest;
	}

	private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5",
			"h6", "br", "section", "article", "header", "footer", "blockquote", "pre", "dt", "dd", "caption");

	private static void walk(Element element, List<String> lines, StringBuilder current) {
		for (Node node : element.childNodes()) {
			if (node instanceof TextNode text) {
				current.append(text.text());
			}
			else if (node instanceof Element child) {
				String tag = child.normalName();
				if (tag.equals("script") || tag.equals("style")) {
					continue;
				}
				if (tag.equals("table")) {
					flush(lines, current);
					for (Element row : child.select("tr")) {
						List<String> cells = new ArrayList<>();
						for (Element cell : row.select("> th, > td")) {
							cells.add(cell.text().replace('\t', ' ').strip());
						}
						lines.add(String.join("\t", cells));
					}
					lines.add("");
					continue;
				}
				boolean block = BLOCKS.contains(tag);
				if (block) {
					flush(lines, current);
				}
				if (tag.equals("li")) {
					current.append("- ");
				}
				walk(child, lines, current);
				if (block) {
					flush(lines, current);
					if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty() && !tag.equals("li")
							&& !tag.equals("br")) {
						lines.add("");
					}
				}
			}
		}
	}

	private static void flush(List<String> lines, StringBuilder current) {
		String line = current.toString().replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").strip();
		if (!line.isEmpty()) {
			lines.add(line);
		}
		current.setLength(0);
	}

	private static String reason(Exception ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage().lines().findFirst().orElse("") : "";
		return ex.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
	}

}
