package org.assure.reporting;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.assure.support.BrowserSystemTest;
import org.assure.support.Browsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A board manager asks for the quarterly performance report in a real browser: a period
 * that is not one is named; a good request shows its progress until the report is ready,
 * and the PDF, the Word document and the web page it links to download.
 */
class QuarterlyReportSystemTests extends BrowserSystemTest {

	@Test
	void aBoardManagerMakesTheQuarterlyReportAndDownloadsIt() throws Exception {
		this.browser.get(url("/login"));
		signIn("board-manager", "demo");
		clickAndWait(By.linkText("Performance reports"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Performance reports");
		Browsers.assertAccessible(this.browser);

		this.browser.findElement(By.id("period")).clear();
		this.browser.findElement(By.id("period")).sendKeys("the summer");
		clickAndWait(By.id("make-report"));
		assertThat(this.browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Enter a period such as 2014-15-Q2");
		Browsers.assertAccessible(this.browser);

		this.browser.findElement(By.id("period")).clear();
		this.browser.findElement(By.id("period")).sendKeys("2014-15-Q2");
		this.browser.findElement(By.id("theme-assessment")).click();
		clickAndWait(By.id("make-report"));
		assertThat(this.browser.findElement(By.className("govuk-caption-xl")).getText()).isEqualTo("Q2 2014-15");
		waitUpTo(90).until(ExpectedConditions.presenceOfElementLocated(By.id("report-files")));
		Browsers.assertAccessible(this.browser);

		String pdf = this.browser.findElement(By.id("report-pdf")).getAttribute("href");
		HttpResponse<byte[]> response = download(pdf);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment",
				"performance-report-2014-15-Q2");
		assertThat(new String(response.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		HttpResponse<byte[]> docx = download(this.browser.findElement(By.id("report-docx")).getAttribute("href"));
		assertThat(new String(docx.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
		HttpResponse<byte[]> html = download(this.browser.findElement(By.id("report-html")).getAttribute("href"));
		assertThat(new String(html.body(), StandardCharsets.UTF_8)).contains("Q2 2014-15",
				"Assessments open beyond 45 days at month end (%)", "42.6%");

		clickAndWait(By.linkText("Back to performance reports"));
		assertThat(this.browser.findElement(By.id("reports")).getText()).contains("Q2 2014-15", "Assessment",
				"board-manager", "Ready");
	}

}
