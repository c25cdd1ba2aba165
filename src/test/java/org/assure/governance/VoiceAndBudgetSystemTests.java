package org.assure.governance;

import org.assure.support.BrowserSystemTest;
import org.assure.support.Browsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A board manager records what young people said and the board's budget in a real
 * browser, each refused until it is whole; every page passes the accessibility check.
 */
class VoiceAndBudgetSystemTests extends BrowserSystemTest {

	@Test
	void aBoardManagerRecordsAVoiceAndTheBudget() {
		this.browser.get(url("/login"));
		signIn("board-manager", "demo");
		clickAndWait(By.linkText("Voice of children and practitioners"));
		assertThat(this.browser.findElement(By.tagName("main")).getText())
			.contains("Children in Care Council event run by the Youth Commission on CSE and missing");
		Browsers.assertAccessible(this.browser);
		clickAndWait(By.id("record-voice"));
		assertThat(this.browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Choose whose voice it is", "Enter the date it was held");
		Browsers.assertAccessible(this.browser);
		new Select(this.browser.findElement(By.id("voice"))).selectByVisibleText("Children and young people");
		this.browser.findElement(By.id("activity")).sendKeys("Young Advisors' mystery shopping of school nursing");
		this.browser.findElement(By.id("heldOn")).sendKeys("2015-07-14");
		this.browser.findElement(By.id("whatSaid")).sendKeys("Drop-in times clash with lessons");
		this.browser.findElement(By.id("whatChanged")).sendKeys("Lunchtime drop-ins from September");
		new Select(this.browser.findElement(By.id("theme"))).selectByVisibleText("Early help");
		clickAndWait(By.id("record-voice"));
		assertThat(this.browser.findElement(By.id("success")).getText()).contains("Engagement recorded");
		assertThat(this.browser.findElement(By.tagName("main")).getText())
			.contains("Young Advisors' mystery shopping of school nursing", "Lunchtime drop-ins from September");

		clickAndWait(By.linkText("Governance"));
		clickAndWait(By.linkText("Budget"));
		this.browser.findElement(By.id("show-year")).clear();
		this.browser.findElement(By.id("show-year")).sendKeys("2015-16");
		clickAndWait(By.id("show"));
		assertThat(this.browser.findElement(By.id("no-contributions")).getText())
			.isEqualTo("No contribution is recorded for this year.");
		Browsers.assertAccessible(this.browser);
		new Select(this.browser.findElement(By.id("agency"))).selectByVisibleText("Leicestershire Police");
		this.browser.findElement(By.id("amount")).sendKeys("a lot");
		clickAndWait(By.id("record-budget"));
		assertThat(this.browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Enter the amount in pounds");
		Browsers.assertAccessible(this.browser);
		new Select(this.browser.findElement(By.id("agency"))).selectByVisibleText("Leicestershire Police");
		this.browser.findElement(By.id("amount")).clear();
		this.browser.findElement(By.id("amount")).sendKeys("25000");
		clickAndWait(By.id("record-budget"));
		assertThat(this.browser.findElement(By.id("contributions")).getText()).contains("Leicestershire Police",
				"£25,000.00", "100.0%");
		assertThat(this.browser.findElement(By.id("balance")).getText()).contains("£25,000.00");
	}

}
