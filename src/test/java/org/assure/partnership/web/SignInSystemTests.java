package org.assure.partnership.web;

import org.assure.support.BrowserSystemTest;
import org.assure.support.Browsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A board manager signs in with a real browser, finds the partnership and its agencies,
 * moves around, and signs out; every page passes the accessibility check.
 */
class SignInSystemTests extends BrowserSystemTest {

	@Test
	void signsInNavigatesAndSignsOut() {
		this.browser.get(url("/"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/login");
		assertThat(this.browser.findElement(By.tagName("html")).getAttribute("class")).contains("govuk-template");
		assertThat(this.browser.findElement(By.id("demo-users")).getText()).contains("board-manager", "Board manager");
		Browsers.assertAccessible(this.browser);

		signIn("board-manager", "demo");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Leicester (demo)");
		assertThat(this.browser.findElement(By.id("agencies")).getText()).contains("Leicestershire Police",
				"University Hospitals Leicester", "NSPCC");
		assertThat(this.browser.findElement(By.tagName("body")).getAttribute("class")).contains("js-enabled");
		Browsers.assertAccessible(this.browser);
		Browsers.screenshot(this.browser, "home-board-manager");

		this.browser.findElement(By.linkText("Partnership")).click();
		assertThat(this.browser.findElement(By.id("members")).getText()).isEqualTo("Board members");
		assertThat(this.browser.getPageSource()).contains("Dr David Jones", "Vacant", "Janet Russell");
		Browsers.assertAccessible(this.browser);
		Browsers.screenshot(this.browser, "partnership");

		// Agencies and people belong to Administration: from the home page's list of
		// pages.
		this.browser.findElement(By.linkText("Home")).click();
		this.browser.findElement(By.linkText("Agencies and people")).click();
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Agencies and people");
		Browsers.assertAccessible(this.browser);

		this.browser.findElement(By.id("sign-out")).click();
		waitUpTo(10).until(ExpectedConditions.urlContains("/login?signedOut"));
		assertThat(this.browser.getPageSource()).contains("You have signed out.");
		this.browser.get(url("/partnership"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/login");
	}

	@Test
	void showsTheSameMessageForAWrongPasswordAndAnUnknownName() {
		this.browser.get(url("/login"));
		signIn("board-member", "not the password");
		org.openqa.selenium.WebElement first = this.browser.findElement(By.id("sign-in-error"));
		String wrongPassword = first.getText();
		signIn("no-such-user", "not the password");
		// The message of the second attempt is on a new page: wait until the first is
		// gone.
		waitUpTo(10).until(ExpectedConditions.stalenessOf(first));
		assertThat(this.browser.findElement(By.id("sign-in-error")).getText()).isEqualTo(wrongPassword);
		Browsers.assertAccessible(this.browser);
	}

	@Test
	void anAdministratorSeesUsersAndTheAccessLog() {
		this.browser.get(url("/login"));
		signIn("admin", "demo");
		this.browser.findElement(By.linkText("Users")).click();
		assertThat(this.browser.findElement(By.id("user-table")).getText()).contains("board-manager", "lado");
		Browsers.assertAccessible(this.browser);
		this.browser.findElement(By.linkText("Access log")).click();
		assertThat(this.browser.findElement(By.id("access-log")).getText()).contains("SIGN_IN");
		Browsers.assertAccessible(this.browser);
	}

}
