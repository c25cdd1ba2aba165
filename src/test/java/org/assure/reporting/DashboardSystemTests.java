package org.assure.reporting;

import org.assure.support.BrowserSystemTest;
import org.assure.support.Browsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A board member opens the dashboard in a real browser: the demo year 2014-15 shows the
 * assessment backlog (its last value, January 2015, and its trial limits), July 2014
 * shows it red against its target, filters narrow the view, and each indicator opens its
 * page. Every page passes the accessibility check.
 */
class DashboardSystemTests extends BrowserSystemTest {

	@Test
	void theDemoDashboardShowsTheBacklogRedInJuly2014() {
		this.browser.get(url("/login"));
		signIn("board-member", "demo");
		clickAndWait(By.linkText("Dashboard"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
		assertThat(this.browser.findElement(By.id("period")).getAttribute("value")).isEqualTo("2014-15");
		assertThat(this.browser.findElement(By.id("row-assessments-open-beyond-45-days-pct")).getText()).contains(
				"9.5%", "January 2015", "At most 20.0%", "Green", "Common cause", "Trial limits",
				"Red in 4 of 9: July 2014, August 2014, November 2014, December 2014");
		Browsers.assertAccessible(this.browser);
		Browsers.screenshot(this.browser, "dashboard");

		this.browser.findElement(By.id("period")).clear();
		this.browser.findElement(By.id("period")).sendKeys("2014-07");
		new Select(this.browser.findElement(By.id("theme"))).selectByVisibleText("Assessment");
		clickAndWait(By.id("apply-filters"));
		assertThat(this.browser.findElement(By.id("row-assessments-open-beyond-45-days-pct")).getText())
			.contains("41.3%", "July 2014", "Red");
		assertThat(this.browser.findElements(By.id("theme-child-protection"))).isEmpty();
		assertThat(new Select(this.browser.findElement(By.id("theme"))).getFirstSelectedOption().getText())
			.as("the filter chosen stays chosen")
			.isEqualTo("Assessment");
		assertThat(this.browser.findElement(By.id("summary")).getText()).contains("1\nred against target");
		Browsers.assertAccessible(this.browser);

		clickAndWait(By.linkText("Assessments open beyond 45 days at month end (%)"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("Assessments open beyond 45 days at month end (%)");

		clickAndWait(By.linkText("Exception report"));
		this.browser.findElement(By.id("period")).clear();
		this.browser.findElement(By.id("period")).sendKeys("2014-08");
		clickAndWait(By.id("show-period"));
		assertThat(this.browser.findElement(By.id("exception-assessments-open-beyond-45-days-pct")).getText())
			.contains("42.6% (August 2014)", "Red against target", "Not written for 2014-08");
		Browsers.assertAccessible(this.browser);

		this.browser.get(url("/dashboard?period=soon"));
		assertThat(this.browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Enter a period such as 2014-15");
		Browsers.assertAccessible(this.browser);
	}

}
