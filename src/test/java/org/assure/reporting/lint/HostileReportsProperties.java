package org.assure.reporting.lint;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assure.casedata.HostileInputsMutations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The linter fed malformed and hostile reports: a Word document, a PDF, a web page and a
 * text file, each cut short, overwritten, given a byte-order mark, re-encoded, swollen or
 * repeated. Each is linted, or refused with {@link UnreadableReportException} naming the
 * file; no other exception escapes, neither from reading nor from the rules.
 */
class HostileReportsProperties {

	private static final int ROUNDS = Integer.getInteger("assure.fuzz.rounds", 1);

	private final Linter linter = new Linter(LintSettings.DEFAULTS);

	@Property(tries = 40)
	void aMutatedReportIsLintedOrRefusedByName(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3) int kind)
			throws IOException {
		String name = switch (kind) {
			case 0 -> "report.docx";
			case 1 -> "report.pdf";
			case 2 -> "report.html";
			default -> "report.txt";
		};
		byte[] original = switch (kind) {
			case 0 -> docx();
			case 1 -> pdf();
			case 2 -> ("<html><body><p>" + TEXT + "</p><table><tr><td>Referrals</td><td>2,211</td></tr></table>"
					+ "</body></html>")
				.getBytes(StandardCharsets.UTF_8);
			default ->
				Files.readAllBytes(Path.of("src/test/resources/lint-corpus/06-dfe-children-in-need-2014-15.txt"));
		};
		for (int round = 0; round < ROUNDS; round++) {
			byte[] file = HostileInputsMutations.mutate(original, new Random(seed + round));
			assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
				try {
					this.linter.lint(ReportText.read(name, file, LintSettings.DEFAULTS));
				}
				catch (UnreadableReportException refused) {
					assertThat(refused.getMessage()).as("the refusal names the file").startsWith(name);
				}
			}, () -> name + ": a mutated report took longer than 60 s to lint");
		}
	}

	private static final String TEXT = "There were 2,267 children in need at 31 March 2015, up 18% from 1,920 a year "
			+ "earlier. Of the 559 children looked after, 120 (21%) were placed out of the city.";

	private static byte[] docx() throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(TEXT);
			document.createParagraph().createRun().setText("The LADO received 214 referrals, 61 from education.");
			document.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] pdf() throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
				content.newLineAtOffset(40, 700);
				content.showText(TEXT.substring(0, 90));
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
	}

}
