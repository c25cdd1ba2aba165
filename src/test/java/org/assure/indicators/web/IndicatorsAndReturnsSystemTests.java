package org.assure.indicators.web;

import java.nio.file.Files;
import java.nio.file.Path;

import org.assure.support.BrowserSystemTest;
import org.assure.support.Browsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A board manager works with indicators and returns in a real browser: reads the demo's
 * assessment backlog judged in words, changes an indicator's target into a new version,
 * finds the late returns of 2014-15, submits a return through the form, uploads a CSV
 * file with a broken row and is told where, and issues an agency an API token. Every page
 * passes the accessibility check.
 */
class IndicatorsAndReturnsSystemTests extends BrowserSystemTest {

	@TempDir
	Path temp;

	@Test
	void readsAnIndicatorAndChangesATargetIntoANewVersion() {
		this.browser.get(url("/login"));
		signIn("board-manager", "demo");
		clickAndWait(By.linkText("Indicators"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Indicators");
		Browsers.assertAccessible(this.browser);

		clickAndWait(By.linkText("Assessments open beyond 45 days at month end (%)"));
		assertThat(this.browser.findElement(By.id("findings")).getText()).contains("trial limits",
				"No point shows special cause", "July 2014 (41.3%)");
		assertThat(this.browser.findElement(By.id("values-table")).getText()).contains("July 2014", "41.3%", "Red");
		Browsers.assertAccessible(this.browser);
		Browsers.screenshot(this.browser, "indicator-backlog");

		this.browser.get(url("/indicators/camhs-seen-13-weeks"));
		clickAndWait(By.id("edit-indicator"));
		this.browser.findElement(By.id("target")).sendKeys("80");
		clickAndWait(By.id("save-indicator"));
		assertThat(this.browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Say who set the target", "Say why the indicator is changed");
		Browsers.assertAccessible(this.browser);
		this.browser.findElement(By.id("targetSetBy")).sendKeys("Health sub-group, July 2015");
		this.browser.findElement(By.id("reason")).sendKeys("Target agreed by the health sub-group");
		clickAndWait(By.id("save-indicator"));
		assertThat(this.browser.findElement(By.id("success")).getText()).contains("Saved as version");
		assertThat(this.browser.findElement(By.id("history-table")).getText())
			.contains("Target agreed by the health sub-group", "board-manager");
		assertThat(this.browser.findElement(By.id("findings")).getText()).contains("misses the target");

		this.browser.get(url("/indicators/assessments-open-beyond-45-days-pct"));
		assertThat(this.browser.findElement(By.id("no-commentary")).getText()).contains("2015-01");
		clickAndWait(By.id("save-commentary"));
		assertThat(this.browser.findElement(By.id("commentary-form")).getText()).contains("Say what the figures show",
				"Say what it means for children");
		Browsers.assertAccessible(this.browser);
		this.browser.findElement(By.id("what")).sendKeys("The backlog fell to 9.5% in January.");
		this.browser.findElement(By.id("soWhat"))
			.sendKeys("Fewer children wait beyond 45 days for their needs to be understood.");
		this.browser.findElement(By.id("whatNext"))
			.sendKeys("Head of Service to report the agency social workers' exit plan to the March board.");
		clickAndWait(By.id("save-commentary"));
		assertThat(this.browser.findElement(By.id("current-commentary")).getText())
			.contains("The backlog fell to 9.5% in January.", "board-manager");
		Browsers.assertAccessible(this.browser);
	}

	@Test
	void chasesLateReturnsSubmitsOneAndIsToldWhereAnUploadIsWrong() throws Exception {
		this.browser.get(url("/login"));
		signIn("board-manager", "demo");
		clickAndWait(By.linkText("Agency returns"));
		this.browser.findElement(By.id("year")).clear();
		this.browser.findElement(By.id("year")).sendKeys("2014-15");
		clickAndWait(By.id("show-year"));
		assertThat(this.browser.findElement(By.id("chase-table")).getText())
			.contains("Assessments open beyond 45 days at month end (%)", "February 2015", "working days late");
		Browsers.assertAccessible(this.browser);

		clickAndWait(By.id("new-return"));
		clickAndWait(By.id("submit-return"));
		assertThat(this.browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Choose the indicator", "Choose the agency");
		Browsers.assertAccessible(this.browser);
		new Select(this.browser.findElement(By.id("indicator"))).selectByValue("cse-referrals");
		new Select(this.browser.findElement(By.id("agency"))).selectByVisibleText("Leicestershire Police");
		this.browser.findElement(By.id("period")).sendKeys("2014-15");
		this.browser.findElement(By.id("value")).sendKeys("125");
		clickAndWait(By.id("submit-return"));
		assertThat(this.browser.findElement(By.id("success")).getText()).contains("Child sexual exploitation referrals",
				"2014-15", "version 1");
		Browsers.assertAccessible(this.browser);

		Path csv = Files.writeString(this.temp.resolve("returns.csv"), """
				indicator,agency,period,numerator,denominator,value
				camhs-referrals,Leicestershire Partnership Trust,2013-14,,,3100
				camhs-seen-13-weeks,Leicestershire Partnership Trust,2013-14,90,80,
				""");
		clickAndWait(By.id("upload-returns"));
		this.browser.findElement(By.id("file")).sendKeys(csv.toString());
		clickAndWait(By.id("upload"));
		assertThat(this.browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Nothing was stored");
		assertThat(this.browser.findElement(By.id("problems")).getText())
			.contains("returns.csv row 3: numerator: The part (90) is more than the whole (80)");
		Browsers.assertAccessible(this.browser);
	}

	@Test
	void issuesAnAgencyAnApiTokenShownOnce() {
		this.browser.get(url("/login"));
		signIn("board-manager", "demo");
		this.browser.get(url("/admin/agencies"));
		clickAndWait(By.xpath("//tr[td[contains(., 'NSPCC')]]//a"));
		this.browser.findElement(By.id("tokenName")).sendKeys("NSPCC returns script");
		clickAndWait(By.id("issue-token"));
		assertThat(this.browser.findElement(By.id("issued-token")).getText()).contains("assure_", "shown only once");
		assertThat(this.browser.findElement(By.id("token-table")).getText()).contains("NSPCC returns script", "Never");
		Browsers.assertAccessible(this.browser);
	}

}
