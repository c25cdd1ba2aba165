package org.assure.reporting.lint;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.assure.support.Browsers;
import org.assure.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.print.PrintOptions;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed report as a board would publish it, a PDF printed by a browser, in one column
 * and in two: the linter finds the errors of its prose that it finds in the text, and no
 * false alarm from the layout (lines of two columns run together, page breaks).
 */
class ReportsAsPdfSystemTests {

	private final Linter linter = new Linter(LintSettings.DEFAULTS);

	@Test
	void theSeedPrintedInOneColumnAndInTwoIsLintedAsItsText() throws Exception {
		String seed = Files.readString(Fixtures.seed(), StandardCharsets.UTF_8);
		List<String> prose = this.linter.lint(LintDocument.ofText("seed.txt", seed))
			.stream()
			.filter((finding) -> !finding.rule().equals("tick-percentage") && !finding.rule().equals("derived-figure")
					&& !finding.rule().equals("percentages-sum"))
			.map(Finding::message)
			.toList();
		assertThat(prose).hasSize(5);
		WebDriver browser = Browsers.chromium();
		try {
			for (int columns = 1; columns <= 2; columns++) {
				byte[] pdf = print(browser, html(seed, columns));
				List<Finding> findings = this.linter.lint(ReportText.read("seed.pdf", pdf, LintSettings.DEFAULTS));
				assertThat(findings).as("%d column(s)", columns)
					.extracting(Finding::message)
					.containsExactlyInAnyOrderElementsOf(prose);
			}
		}
		finally {
			browser.quit();
		}
	}

	/** The text as a web page: its paragraphs, and its lines with tabs as tables. */
	private static String html(String text, int columns) {
		StringBuilder body = new StringBuilder();
		for (String paragraph : text.split("\n\n")) {
			String[] lines = paragraph.split("\n");
			if (paragraph.contains("\t")) {
				body.append("<table>");
				for (String line : lines) {
					body.append("<tr>");
					for (String cell : line.split("\t", -1)) {
						body.append("<td>").append(HtmlUtils.htmlEscape(cell)).append("</td>");
					}
					body.append("</tr>");
				}
				body.append("</table>");
			}
			else {
				body.append("<p>")
					.append(String.join("<br>", List.of(lines).stream().map(HtmlUtils::htmlEscape).toList()))
					.append("</p>");
			}
		}
		return "<html><head><meta charset=\"utf-8\"><style>body{font-family:sans-serif;font-size:10pt}"
				+ ".text{column-count:" + columns + "}td{border:1px solid #999;font-size:8pt}</style></head><body>"
				+ "<div class=\"text\">" + body + "</div></body></html>";
	}

	private static byte[] print(WebDriver browser, String html) throws Exception {
		Path page = Files.createTempFile("report", ".html");
		try {
			Files.writeString(page, html, StandardCharsets.UTF_8);
			browser.get(page.toUri().toString());
			PrintOptions options = new PrintOptions();
			return Base64.getDecoder().decode(((PrintsPage) browser).print(options).getContent());
		}
		finally {
			Files.deleteIfExists(page);
		}
	}

}
