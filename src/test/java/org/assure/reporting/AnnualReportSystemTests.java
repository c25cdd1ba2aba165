package org.assure.reporting;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.assure.support.BrowserSystemTest;
import org.assure.support.Browsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's 2014-15 annual report in a real browser, from draft to approved to
 * published: the board manager starts it, writes the foreword, settles the two figures
 * the DfE published differently, makes the internal edition with its progress shown,
 * answers the linter; the chair (a board member) approves it; the board manager publishes
 * it and records whom it was sent to.
 */
class AnnualReportSystemTests extends BrowserSystemTest {

	@Test
	void theReportGoesFromDraftToApprovedToPublishedInTheBrowser() throws Exception {
		this.browser.get(url("/login"));
		signIn("board-manager", "demo");
		clickAndWait(By.linkText("Annual reports"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Annual reports");
		Browsers.assertAccessible(this.browser);

		this.browser.findElement(By.id("year")).clear();
		this.browser.findElement(By.id("year")).sendKeys("last year");
		clickAndWait(By.id("open-report"));
		assertThat(this.browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Enter a financial year such as 2014-15");
		this.browser.findElement(By.id("year")).clear();
		this.browser.findElement(By.id("year")).sendKeys("2014-15");
		this.browser.findElement(By.id("template-lscb-2015")).click();
		clickAndWait(By.id("open-report"));
		assertThat(this.browser.findElement(By.className("govuk-caption-xl")).getText()).isEqualTo("2014-15");
		assertThat(this.browser.findElement(By.id("report-status")).getText()).isEqualTo("Draft");
		Browsers.assertAccessible(this.browser);

		clickAndWait(By.id("write-foreword"));
		this.browser.findElement(By.id("body")).clear();
		this.browser.findElement(By.id("body"))
			.sendKeys("The board reports on a year of change in the city's front door.");
		clickAndWait(By.id("save-part"));
		assertThat(this.browser.findElement(By.id("success")).getText()).contains("Text saved");
		assertThat(this.browser.findElement(By.id("parts")).getText()).contains("a year of change");

		clickAndWait(By.id("account-1"));
		Browsers.assertAccessible(this.browser);
		this.browser.findElement(By.id("howMuch")).clear();
		this.browser.findElement(By.id("howMuch")).sendKeys("The group met at every quarter's end.");
		this.browser.findElement(By.id("betterOff")).clear();
		this.browser.findElement(By.id("betterOff")).sendKeys("Practitioners knew where to take a concern.");
		clickAndWait(By.id("save-account"));
		assertThat(this.browser.findElement(By.id("success")).getText()).contains("is saved");
		assertThat(this.browser.findElement(By.id("accounts")).getText()).contains("Written by board-manager");

		// the differences with the DfE's published figures are shown, and block approval
		// until chosen
		assertThat(this.browser.findElement(By.id("figures")).getText()).contains("2,211", "533", "Not chosen");
		boolean published = true;
		while (!this.browser.findElements(By.cssSelector("#figures .govuk-tag--red")).isEmpty()) {
			WebElement row = this.browser.findElement(By.xpath("//tr[.//strong[contains(@class,'govuk-tag--red')]]"));
			String id = row.getAttribute("id").substring("figure-".length());
			this.browser.findElement(By.id((published ? "use-published-" : "use-assure-") + id)).click();
			this.browser.findElement(By.id("note-" + id)).sendKeys("Chosen in the browser test.");
			clickAndWait(By.id("choose-" + id));
			assertThat(this.browser.findElement(By.id("success")).getText()).contains("Source chosen");
			published = !published;
		}
		assertThat(this.browser.findElement(By.id("figures")).getText()).contains("The published figure",
				"Assure's figure");

		makeInternalEdition();
		answerTheLinter();

		this.browser.manage().deleteAllCookies();
		this.browser.get(url("/login"));
		signIn("board-member", "demo");
		this.browser.get(url("/reports/annual/2014-15"));
		assertThat(this.browser.findElements(By.id("make-edition"))).isEmpty();
		clickAndWait(By.id("approve"));
		assertThat(this.browser.findElement(By.id("success")).getText()).contains("Approved");
		assertThat(this.browser.findElement(By.id("report-status")).getText()).isEqualTo("Approved");
		assertThat(this.browser.findElement(By.id("approved-by")).getText()).contains("board-member");
		Browsers.assertAccessible(this.browser);

		this.browser.manage().deleteAllCookies();
		this.browser.get(url("/login"));
		signIn("board-manager", "demo");
		this.browser.get(url("/reports/annual/2014-15"));
		clickAndWait(By.id("publish"));
		assertThat(this.browser.findElement(By.id("report-status")).getText()).isEqualTo("Published");
		this.browser.findElement(By.id("recipient")).sendKeys("The Chief Constable of Leicestershire Police");
		this.browser.findElement(By.id("sentOn")).sendKeys("2015-09-30");
		clickAndWait(By.id("record-recipient"));
		assertThat(this.browser.findElement(By.id("recipients")).getText())
			.contains("The Chief Constable of Leicestershire Police, sent on 30 September 2015");
		assertThat(this.browser.findElements(By.id("write-foreword"))).as("no writing once published").isEmpty();
		Browsers.assertAccessible(this.browser);
	}

	private void makeInternalEdition() throws Exception {
		this.browser.findElement(By.id("edition-internal")).click();
		clickAndWait(By.id("make-edition"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Internal edition");
		waitUpTo(120).until(ExpectedConditions.presenceOfElementLocated(By.id("edition-files")));
		Browsers.assertAccessible(this.browser);
		HttpResponse<byte[]> pdf = download(this.browser.findElement(By.id("edition-pdf")).getAttribute("href"));
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).contains("annual-report-2014-15");
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).as("the download's watermark")
				.contains("Exported from Assure by board-manager on ");
		}
		String html = new String(download(this.browser.findElement(By.id("edition-html")).getAttribute("href")).body(),
				StandardCharsets.UTF_8);
		assertThat(html).contains("The board reports on a year of change", "Note on the source",
				"How much did we do? The group met at every quarter", "Is anyone better off? Practitioners knew",
				"as the board chose", "Chosen in the browser test.");
		clickAndWait(By.id("back-to-report"));
	}

	private void answerTheLinter() {
		List<WebElement> explain = this.browser.findElements(By.cssSelector("button[id^='explain-']"));
		while (!explain.isEmpty()) {
			String n = explain.get(0).getAttribute("id").substring("explain-".length());
			this.browser.findElement(By.id("explanation-" + n)).sendKeys("Checked against the returns by the board.");
			clickAndWait(By.id("explain-" + n));
			explain = this.browser.findElements(By.cssSelector("button[id^='explain-']"));
		}
		assertThat(this.browser.findElements(By.cssSelector("button[id^='explain-']"))).isEmpty();
	}

}
