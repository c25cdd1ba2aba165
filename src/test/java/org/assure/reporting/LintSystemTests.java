package org.assure.reporting;

import org.assure.support.BrowserSystemTest;
import org.assure.support.Browsers;
import org.assure.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A board manager checks the seed report's figures in a real browser: the findings are
 * listed, each marked on its line with the computation; a file that is not a report is
 * refused with its reason. Every page passes the accessibility check.
 */
class LintSystemTests extends BrowserSystemTest {

	@Test
	void aBoardManagerChecksTheSeedReportsFigures() {
		this.browser.get(url("/login"));
		signIn("board-manager", "demo");
		clickAndWait(By.linkText("Check a report's figures"));
		Browsers.assertAccessible(this.browser);
		clickAndWait(By.id("check"));
		assertThat(this.browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Choose the report to check");

		this.browser.findElement(By.id("file")).sendKeys(Fixtures.seed().toString());
		clickAndWait(By.id("check"));
		assertThat(this.browser.findElement(By.id("result")).getText())
			.contains("findings in 000_3b8676840c427715.txt");
		assertThat(this.browser.findElement(By.id("findings")).getText()).contains("Line 1411",
				"impossible-date: February 2015 has no day 31", "Line 1755",
				"tick-percentage: 4 ticks of 4 is 100%, not 75%");
		assertThat(this.browser.findElement(By.id("line-1755")).getText()).contains("Lay Member",
				"4 ticks of 4 is 100%, not 75%");
		assertThat(this.browser.findElements(By.cssSelector("#line-1755 mark"))).hasSize(1);
		Browsers.assertAccessible(this.browser);
	}

}
