package org.assure.shell;

import org.assure.support.BrowserSystemTest;
import org.assure.support.Browsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The navigation by board function, in Chromium: each role sees its own functions, a
 * function's pages are its second level, and the home page lists what is waiting for the
 * person signed in; the accessibility check on each.
 */
class NavigationSystemTests extends BrowserSystemTest {

	@Test
	void aBoardManagerSeesWhatWaitsAndMovesByFunction() {
		this.browser.get(url("/login"));
		signIn("board-manager", "demo");
		assertThat(this.browser.findElement(By.id("waiting")).getText()).contains("An action is overdue");
		assertThat(this.browser.findElement(By.id("your-pages")).getText()).contains("Performance", "Governance",
				"Dashboard", "Actions", "Reminders sent");
		assertThat(this.browser.findElement(By.id("navigation")).getText()).contains("Performance", "Governance",
				"Assurance");
		Browsers.assertAccessible(this.browser);

		clickAndWait(By.linkText("Governance"));
		String pages = this.browser.findElement(By.id("section-pages")).getText();
		assertThat(pages).contains("Actions", "Attendance", "Board and sub-groups", "Business plan", "Budget")
			.doesNotContain("Dashboard");
		Browsers.assertAccessible(this.browser);
		clickAndWait(By.linkText("Business plan"));
		assertThat(this.browser.findElement(By.cssSelector("#section-pages [aria-current=page]")).getText())
			.isEqualTo("Business plan");

		clickAndWait(By.linkText("Partnership"));
		clickAndWait(By.linkText("Reminders sent"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Reminders sent");
		Browsers.assertAccessible(this.browser);
	}

	@Test
	void aBoardMemberSeesNoAdministrationAndNothingToChase() {
		this.browser.get(url("/login"));
		signIn("board-member", "demo");
		assertThat(this.browser.findElement(By.id("navigation")).getText()).contains("Performance")
			.doesNotContain("Administration");
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Waiting for you")
			.doesNotContain("Reminders sent");
		Browsers.assertAccessible(this.browser);
	}

}
