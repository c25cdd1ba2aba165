package org.assure.partnership.web;

import java.time.Instant;
import java.util.List;

import org.assure.partnership.Role;
import org.assure.partnership.security.Totp;
import org.assure.support.BrowserSystemTest;
import org.assure.support.Browsers;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A board manager signs in with a real browser, finds the partnership and its agencies,
 * moves around, and signs out; every page passes the accessibility check.
 */
class SignInSystemTests extends BrowserSystemTest {

	@org.springframework.beans.factory.annotation.Autowired
	TestUsers users;

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
	void aCdopOfficerSetsUpAnAuthenticatorAppThenSignsInWithARecoveryCode() {
		String username = this.users.fresh(Role.CDOP_OFFICER, null);
		this.browser.get(url("/child-deaths"));
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
		clickAndWait(By.id("sign-in"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/second-factor");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Set up your authenticator app");
		String secret = this.browser.findElement(By.id("secret")).getText().replace(" ", "");
		assertThat(this.browser.findElement(By.id("otpauth")).getAttribute("href")).contains("secret=" + secret);
		Browsers.assertAccessible(this.browser);
		this.browser.get(url("/child-deaths"));
		assertThat(this.browser.getCurrentUrl()).as("nothing else until the second step").endsWith("/second-factor");

		long step = Totp.step(Instant.now());
		this.browser.findElement(By.id("code")).sendKeys(Totp.code(secret, step - 4));
		clickAndWait(By.id("second-factor-continue"));
		assertThat(this.browser.findElement(By.id("code-error")).getText())
			.contains("Enter the 6-digit code your app shows now");
		Browsers.assertAccessible(this.browser);
		this.browser.findElement(By.id("code")).sendKeys(Totp.code(secret, step));
		clickAndWait(By.id("second-factor-continue"));
		List<String> codes = this.browser.findElements(By.cssSelector("#recovery-codes code"))
			.stream()
			.map(org.openqa.selenium.WebElement::getText)
			.toList();
		assertThat(codes).hasSize(10);
		Browsers.assertAccessible(this.browser);
		Browsers.screenshot(this.browser, "second-factor-recovery-codes");
		clickAndWait(By.id("recovery-codes-continue"));
		this.browser.findElement(By.id("sign-out")).click();
		waitUpTo(10).until(ExpectedConditions.urlContains("/login?signedOut"));

		this.browser.get(url("/child-deaths"));
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
		clickAndWait(By.id("sign-in"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Enter your code");
		Browsers.assertAccessible(this.browser);
		this.browser.findElement(By.id("code")).sendKeys(codes.get(0));
		clickAndWait(By.id("second-factor-continue"));
		assertThat(this.browser.getCurrentUrl()).as("on to the page first asked for").contains("/child-deaths");
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

		this.browser.get(url("/admin/retention"));
		assertThat(this.browser.findElement(By.id("schedule")).getText()).contains("LADO allegations",
				"normal retirement date");
		Browsers.assertAccessible(this.browser);
		clickAndWait(By.id("place-hold"));
		assertThat(this.browser.findElement(By.id("hold-error")).getText()).contains("why it must be kept");
		this.browser.findElement(By.id("recordId")).sendKeys("424242");
		this.browser.findElement(By.id("reason")).sendKeys("Kept for the independent inquiry");
		clickAndWait(By.id("place-hold"));
		assertThat(this.browser.findElement(By.id("holds")).getText()).contains("424242",
				"Kept for the independent inquiry", "admin");
		Browsers.assertAccessible(this.browser);
		this.browser.findElement(By.cssSelector("#holds button")).click();
		waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "hold released"));
		assertThat(this.browser.findElements(By.id("holds"))).isEmpty();
		clickAndWait(By.id("run-now"));
		assertThat(this.browser.findElement(By.id("run-error")).getText())
			.as("the schedule runs only when the administrator confirms it")
			.contains("Tick the box to confirm");
		Browsers.assertAccessible(this.browser);
	}

}
