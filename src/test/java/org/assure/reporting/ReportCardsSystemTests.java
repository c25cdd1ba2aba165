package org.assure.reporting;

import org.assure.support.BrowserSystemTest;
import org.assure.support.Browsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sub-group chair writes the quarter's report card in a real browser, is told what is
 * missing, and the board sees the card on the dashboard. Every page passes the
 * accessibility check.
 */
class ReportCardsSystemTests extends BrowserSystemTest {

	@Test
	void aChairWritesTheQuartersCardAndTheDashboardShowsIt() {
		this.browser.get(url("/login"));
		signIn("subgroup-chair", "demo");
		clickAndWait(By.linkText("Report cards"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sub-group report cards");
		Browsers.assertAccessible(this.browser);
		clickAndWait(By.id("save-card"));
		assertThat(this.browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Choose the sub-group", "Write the critical messages for the board");
		Browsers.assertAccessible(this.browser);
		Select groups = new Select(this.browser.findElement(By.id("group")));
		groups.selectByIndex(1);
		String group = groups.getFirstSelectedOption().getText();
		this.browser.findElement(By.id("quarter")).clear();
		this.browser.findElement(By.id("quarter")).sendKeys("2014-15-Q4");
		this.browser.findElement(By.id("criticalMessages"))
			.sendKeys("Three reviews are overdue; the board should ask the police for a date.");
		this.browser.findElement(By.id("progress")).sendKeys("Two reviews published.");
		this.browser.findElement(By.id("risks")).sendKeys("The independent author's availability.");
		clickAndWait(By.id("save-card"));
		assertThat(this.browser.findElement(By.id("success")).getText()).contains(group, "2014-15-Q4");

		this.browser.get(url("/dashboard?period=2014-15"));
		assertThat(this.browser.findElement(By.id("card-summary")).getText()).contains(group,
				"Three reviews are overdue");
		Browsers.assertAccessible(this.browser);
	}

}
