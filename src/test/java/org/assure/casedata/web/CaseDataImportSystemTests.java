package org.assure.casedata.web;

import org.assure.support.BrowserSystemTest;
import org.assure.support.Browsers;
import org.assure.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A board manager uploads a CIN census file in a real browser, watches it import, and
 * reads the data-quality report; every page passes the accessibility check.
 */
class CaseDataImportSystemTests extends BrowserSystemTest {

	@Test
	void uploadsACensusFileAndReadsItsDataQualityReport() {
		this.browser.get(url("/login"));
		signIn("board-manager", "demo");

		this.browser.findElement(By.linkText("Case data")).click();
		Browsers.assertAccessible(this.browser);
		this.browser.findElement(By.id("new-import")).click();
		this.browser.findElement(By.id("start-import")).click();
		assertThat(this.browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Select the kind of file", "Select the file or files to import");
		Browsers.assertAccessible(this.browser);

		this.browser.findElement(By.cssSelector("label[for=source]")).click();
		this.browser.findElement(By.id("period")).sendKeys("2013-14");
		this.browser.findElement(By.id("files"))
			.sendKeys(Fixtures.external("cin-census/CIN_Census_2024.xml").toString());
		this.browser.findElement(By.id("start-import")).click();
		try {
			waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("report-link")));
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			throw new AssertionError("The import did not finish: " + this.browser.getCurrentUrl() + "\n"
					+ this.browser.findElement(By.tagName("main")).getText(), ex);
		}
		assertThat(this.browser.findElement(By.id("import-result")).getText()).contains("for 2013-14");
		Browsers.assertAccessible(this.browser);

		this.browser.findElement(By.id("report-link")).click();
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Data-quality report");
		assertThat(this.browser.findElement(By.id("by-rule")).getText()).contains("DQ104");
		assertThat(this.browser.findElement(By.id("findings")).getText())
			.contains("Authorised 2020-09-19, before the assessment started on 2028-04-28");
		Browsers.assertAccessible(this.browser);
		Browsers.screenshot(this.browser, "data-quality-report");
	}

	@Test
	void anAnnexAWorkbooksSheetsNotReadAreNamedAfterTheImportAndOnTheReport() {
		this.browser.get(url("/login"));
		signIn("board-manager", "demo");
		this.browser.get(url("/casedata/import"));
		this.browser.findElement(By.cssSelector("label[for=source-annex-a]")).click();
		this.browser.findElement(By.id("period")).sendKeys("2012-13");
		this.browser.findElement(By.id("files")).sendKeys(Fixtures.external("annex-a/Annex_A.xlsx").toString());
		this.browser.findElement(By.id("start-import")).click();
		waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("report-link")));
		assertThat(this.browser.findElement(By.id("import-notes")).getText())
			.contains("sheet 'List 10' was not read: lists 10 and 11 (adoption)", "sheet 'List 11' was not read");
		Browsers.assertAccessible(this.browser);

		this.browser.findElement(By.id("report-link")).click();
		assertThat(this.browser.findElement(By.id("import-notes")).getText()).contains("sheet 'List 10' was not read");
		Browsers.assertAccessible(this.browser);
	}

}
