package org.assure.governance;

import org.assure.support.BrowserSystemTest;
import org.assure.support.Browsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sub-group chair reviews a business plan activity in a real browser: the plan at a
 * glance, an activity with its lead, outcome and linked indicators, a review refused
 * until it is whole, then recorded and shown in the plan. Every page passes the
 * accessibility check.
 */
class BusinessPlanSystemTests extends BrowserSystemTest {

	@Test
	void aSubGroupChairRecordsAQuarterlyReview() {
		this.browser.get(url("/login"));
		signIn("subgroup-chair", "demo");
		clickAndWait(By.linkText("Business plan"));
		assertThat(this.browser.findElement(By.id("glance")).getText()).contains("Not reviewed yet");
		assertThat(this.browser.findElement(By.id("priority-6")).getText())
			.isEqualTo("6. Children's workforce development");
		Browsers.assertAccessible(this.browser);

		clickAndWait(By.cssSelector("#activity-6b a"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText())
			.startsWith("b. Seek assurance that practitioners have appropriate caseloads");
		assertThat(this.browser.findElement(By.id("indicators")).getText()).isNotEmpty();
		clickAndWait(By.id("save-review"));
		assertThat(this.browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Enter the quarter reviewed", "Choose how the activity stands", "Give the evidence of progress");
		Browsers.assertAccessible(this.browser);

		this.browser.findElement(By.id("quarter")).sendKeys("2015-16-Q1");
		new Select(this.browser.findElement(By.id("progress"))).selectByVisibleText("At risk");
		this.browser.findElement(By.id("evidence")).sendKeys("Caseload survey: a third of teams above 20 cases");
		this.browser.findElement(By.id("commentary")).sendKeys("Agency staff exit plan to the September board");
		clickAndWait(By.id("save-review"));
		assertThat(this.browser.findElement(By.id("reviews")).getText()).contains("2015-16-Q1", "At risk",
				"subgroup-chair");
		Browsers.assertAccessible(this.browser);

		clickAndWait(By.linkText("Back to the business plan"));
		assertThat(this.browser.findElement(By.id("activity-6b")).getText()).contains("At risk", "2015-16-Q1");

		this.browser.manage().deleteAllCookies();
		this.browser.get(url("/login"));
		signIn("board-manager", "demo");
		clickAndWait(By.linkText("Business plan"));
		clickAndWait(By.cssSelector("#activity-6b a"));
		this.browser.findElement(By.id("title")).sendKeys("Caseload survey of every team");
		this.browser.findElement(By.id("ownerPerson")).sendKeys("Principal social worker");
		this.browser.findElement(By.id("dueDate")).sendKeys("2015-09-30");
		clickAndWait(By.id("add-plan-action"));
		assertThat(this.browser.findElement(By.id("linked-actions")).getText())
			.contains("Caseload survey of every team", "The board: Principal social worker");
		Browsers.assertAccessible(this.browser);
		clickAndWait(By.linkText("Back to the business plan"));
		assertThat(this.browser.findElement(By.id("activity-6b")).getText()).contains("At risk", "2015-16-Q1");
	}

}
