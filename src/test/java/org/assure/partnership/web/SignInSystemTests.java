package org.assure.partnership.web;

import java.time.Duration;

import org.assure.support.Browsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A board manager signs in with a real browser, finds the partnership and its agencies,
 * moves around, and signs out; every page passes the accessibility check.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SignInSystemTests {

	@LocalServerPort
	int port;

	WebDriver browser;

	@BeforeEach
	void openBrowser() {
		this.browser = Browsers.chromium();
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

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

		this.browser.findElement(By.linkText("Agencies and people")).click();
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Agencies and people");
		Browsers.assertAccessible(this.browser);

		this.browser.findElement(By.id("sign-out")).click();
		wait(this.browser).until(ExpectedConditions.urlContains("/login?signedOut"));
		assertThat(this.browser.getPageSource()).contains("You have signed out.");
		this.browser.get(url("/partnership"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/login");
	}

	@Test
	void showsTheSameMessageForAWrongPasswordAndAnUnknownName() {
		this.browser.get(url("/login"));
		signIn("board-member", "not the password");
		String wrongPassword = this.browser.findElement(By.id("sign-in-error")).getText();
		signIn("no-such-user", "not the password");
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

	private void signIn(String username, String password) {
		this.browser.findElement(By.id("username")).clear();
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.id("sign-in")).click();
		wait(this.browser).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static WebDriverWait wait(WebDriver browser) {
		return new WebDriverWait(browser, Duration.ofSeconds(10));
	}

}
