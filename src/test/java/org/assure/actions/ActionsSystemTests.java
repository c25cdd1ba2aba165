package org.assure.actions;

import org.assure.support.BrowserSystemTest;
import org.assure.support.Browsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A board manager works the action tracker in a real browser: adds an action (and is told
 * what is missing first), moves it on, is refused an illegal move with the reason, and
 * filters the list. Every page passes the accessibility check.
 */
class ActionsSystemTests extends BrowserSystemTest {

	@Test
	void aBoardManagerAddsAnActionAndMovesItAlongItsLifecycle() {
		this.browser.get(url("/login"));
		signIn("board-manager", "demo");
		clickAndWait(By.linkText("Actions"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Actions");
		Browsers.assertAccessible(this.browser);

		clickAndWait(By.id("add-action"));
		clickAndWait(By.id("save-action"));
		assertThat(this.browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Choose where the action comes from", "Enter the date the action is due");
		Browsers.assertAccessible(this.browser);

		new Select(this.browser.findElement(By.id("source"))).selectByVisibleText("Case file audit");
		this.browser.findElement(By.id("sourceReference")).sendKeys("Neglect audit, finding 3");
		this.browser.findElement(By.id("title")).sendKeys("Share the neglect toolkit with health visitors");
		this.browser.findElement(By.id("ownerPerson")).sendKeys("Named nurse");
		new Select(this.browser.findElement(By.id("ownerAgency"))).selectByVisibleText("Leicestershire Police");
		this.browser.findElement(By.id("dueDate")).sendKeys("2099-09-30");
		clickAndWait(By.id("save-action"));
		assertThat(this.browser.findElement(By.id("success")).getText()).contains("is on the tracker");
		assertThat(this.browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("Share the neglect toolkit with health visitors");
		assertThat(this.browser.findElement(By.id("status-line")).getText()).contains("Open");
		Browsers.assertAccessible(this.browser);

		this.browser.findElement(By.id("dueDate")).clear();
		this.browser.findElement(By.id("dueDate")).sendKeys("2099-12-31");
		clickAndWait(By.id("replan"));
		assertThat(this.browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Say why the record is being corrected");
		Browsers.assertAccessible(this.browser);
		this.browser.findElement(By.id("dueDate")).clear();
		this.browser.findElement(By.id("dueDate")).sendKeys("2099-12-31");
		this.browser.findElement(By.id("reason")).sendKeys("Waits for the health visiting review");
		clickAndWait(By.id("replan"));
		assertThat(this.browser.findElement(By.id("success")).getText()).contains("re-planned");
		assertThat(this.browser.findElement(By.id("replanned")).getText()).isEqualTo("Once");
		assertThat(this.browser.findElement(By.id("replan-history")).getText()).contains("Due date",
				"30 September 2099", "31 December 2099", "Waits for the health visiting review");
		Browsers.assertAccessible(this.browser);

		new Select(this.browser.findElement(By.id("to"))).selectByVisibleText("In progress");
		clickAndWait(By.id("move"));
		assertThat(this.browser.findElement(By.id("status-line")).getText()).contains("In progress");
		clickAndWait(By.id("move"));
		assertThat(this.browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Say what was done");
		Browsers.assertAccessible(this.browser);
		this.browser.findElement(By.id("text")).sendKeys("Toolkit sent to every health visiting team");
		clickAndWait(By.id("move"));
		assertThat(this.browser.findElement(By.id("status-line")).getText()).contains("Completed");
		assertThat(this.browser.findElement(By.id("history")).getText()).contains("In progress to Completed",
				"Toolkit sent to every health visiting team", "board-manager");

		clickAndWait(By.linkText("Back to actions"));
		new Select(this.browser.findElement(By.id("status"))).selectByVisibleText("Completed");
		clickAndWait(By.id("apply-filters"));
		assertThat(this.browser.findElement(By.id("actions")).getText())
			.contains("Share the neglect toolkit with health visitors", "Leicestershire Police: Named nurse");
		assertThat(this.browser.findElement(By.id("export-csv")).getAttribute("href")).contains("status=completed");
		assertThat(new Select(this.browser.findElement(By.id("status"))).getFirstSelectedOption().getText())
			.as("the filter chosen stays chosen")
			.isEqualTo("Completed");
		Browsers.assertAccessible(this.browser);
	}

}
