package org.assure.support;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The running application on a random port and a fresh headless Chromium for each test,
 * with the steps every browser test takes: open a page, sign in, wait.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class BrowserSystemTest {

	@LocalServerPort
	protected int port;

	protected WebDriver browser;

	@org.springframework.beans.factory.annotation.Autowired
	private org.springframework.jdbc.core.simple.JdbcClient jdbc;

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

	/**
	 * A path of the running application.
	 * @param path the path, such as {@code /login}
	 * @return the full address
	 */
	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/**
	 * Fills in the sign-in form on the current page and submits it.
	 * @param username the user name
	 * @param password the password
	 */
	protected void signIn(String username, String password) {
		this.browser.findElement(By.id("username")).clear();
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(password);
		// The sign-in page has a heading too: wait for the next page, not for any
		// heading.
		clickAndWait(By.id("sign-in"));
		if (this.browser.getCurrentUrl().contains("/second-factor")) {
			secondFactor(username);
		}
	}

	/**
	 * Takes the second step of signing in as the user's authenticator app would: sets up
	 * the app with the key the page shows, or types the code of the secret the user set
	 * up before (a step later than the last code used, so never a code twice).
	 * @param username the user signing in
	 */
	protected void secondFactor(String username) {
		java.util.List<org.openqa.selenium.WebElement> shown = this.browser.findElements(By.id("secret"));
		long step = org.assure.partnership.security.Totp.step(java.time.Instant.now());
		String code;
		if (!shown.isEmpty()) {
			code = org.assure.partnership.security.Totp.code(shown.get(0).getText().replace(" ", ""), step);
		}
		else {
			java.util.Map<String, Object> enrolment = this.jdbc
				.sql("select f.secret, f.last_step from user_second_factor f "
						+ "join user_account u on u.user_id = f.user_id where u.username = ?")
				.param(username)
				.query()
				.singleRow();
			long last = ((Number) enrolment.get("last_step")).longValue();
			if (last + 1 > step + 1) {
				// this step's and the next step's codes are used up (signed in twice
				// within
				// half a minute): reset as an administrator would, and set up again
				this.jdbc
					.sql("delete from user_recovery_code where user_id = "
							+ "(select user_id from user_account where username = ?)")
					.param(username)
					.update();
				this.jdbc
					.sql("delete from user_second_factor where user_id = "
							+ "(select user_id from user_account where username = ?)")
					.param(username)
					.update();
				this.browser.navigate().refresh();
				waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("secret")));
				secondFactor(username);
				return;
			}
			code = org.assure.partnership.security.Totp.code((String) enrolment.get("secret"),
					Math.max(step, last + 1));
		}
		this.browser.findElement(By.id("code")).sendKeys(code);
		clickAndWait(By.id("second-factor-continue"));
		if (!shown.isEmpty()) {
			clickAndWait(By.id("recovery-codes-continue"));
		}
	}

	/**
	 * Clicks something that loads a new page (a form's button, a link) and waits until
	 * the old page has gone, so that what is read next is read from the new one.
	 * @param what the button or link
	 */
	protected void clickAndWait(By what) {
		org.openqa.selenium.WebElement page = this.browser.findElement(By.tagName("html"));
		this.browser.findElement(what).click();
		waitUpTo(15).until(ExpectedConditions.stalenessOf(page));
		waitUpTo(15).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
	}

	/**
	 * Downloads a file with the browser's session, as the browser would.
	 * @param address the file's address
	 * @return the response, its body as bytes
	 * @throws Exception when the request fails
	 */
	protected java.net.http.HttpResponse<byte[]> download(String address) throws Exception {
		org.openqa.selenium.Cookie session = this.browser.manage().getCookieNamed("JSESSIONID");
		java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(address))
			.header("Cookie", "JSESSIONID=" + session.getValue())
			.build();
		return java.net.http.HttpClient.newHttpClient()
			.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * A wait on the browser.
	 * @param seconds how long at most
	 * @return the wait
	 */
	protected WebDriverWait waitUpTo(int seconds) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(seconds));
	}

}
