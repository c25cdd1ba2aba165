package org.assure.assurance;

import java.util.List;

import org.assure.support.BrowserSystemTest;
import org.assure.support.Browsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An auditor schedules a case file audit, takes it to the audit meeting, is refused a
 * meeting before the invitations, and grades the agencies taking part, in Chromium, with
 * the accessibility check on each page; the audit is then withdrawn.
 */
class CaseFileAuditsSystemTests extends BrowserSystemTest {

	@Test
	void anAuditorSchedulesAnAuditAndGradesIt() {
		this.browser.get(url("/login"));
		signIn("auditor", "demo");
		clickAndWait(By.linkText("Assurance"));
		clickAndWait(By.linkText("Case file audits"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Case file audits");
		Browsers.assertAccessible(this.browser);

		this.browser.findElement(By.id("month")).sendKeys("2016-05");
		this.browser.findElement(By.cssSelector("label[for=format-CASE_FILE]")).click();
		this.browser.findElement(By.id("topic")).sendKeys("Browser audit: neglect of a toddler");
		new Select(this.browser.findElement(By.id("theme"))).selectByVisibleText("Child protection");
		clickAndWait(By.id("schedule-audit"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("May 2016: Browser audit: neglect of a toddler");
		Browsers.assertAccessible(this.browser);

		this.browser.findElement(By.id("caseSummary")).sendKeys("Toddler on a plan for neglect");
		clickAndWait(By.id("save-case"));
		this.browser.findElement(By.id("linesOfEnquiry")).sendKeys("Was the neglect seen early?");
		List<WebElement> leads = this.browser.findElements(By.cssSelector("input[name^=lead-]"));
		leads.get(0).sendKeys("Lead auditor one");
		leads.get(1).sendKeys("Lead auditor two");
		clickAndWait(By.id("save-lines"));
		assertThat(this.browser.findElement(By.id("participants")).getText()).contains("Lead auditor one",
				"Lead auditor two");

		this.browser.findElement(By.id("invitationsSentOn")).sendKeys("2016-05-02");
		this.browser.findElement(By.id("practitionersInvited")).sendKeys("5");
		clickAndWait(By.id("save-invitations"));
		this.browser.findElement(By.id("heldOn")).sendKeys("2016-04-20");
		clickAndWait(By.id("save-meeting"));
		assertThat(this.browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("The meeting cannot come before the invitations");
		Browsers.assertAccessible(this.browser);
		this.browser.findElement(By.id("heldOn")).clear();
		this.browser.findElement(By.id("heldOn")).sendKeys("2016-05-19");
		clickAndWait(By.id("save-meeting"));
		assertThat(this.browser.findElement(By.id("status")).getText()).isEqualTo("Audit meeting held");

		for (WebElement grade : this.browser.findElements(By.cssSelector("select[name^=grade-]"))) {
			new Select(grade).selectByVisibleText("Good");
		}
		new Select(this.browser.findElements(By.cssSelector("select[name^=grade-]")).get(1))
			.selectByVisibleText("Requires improvement");
		clickAndWait(By.id("save-grades"));
		assertThat(this.browser.findElement(By.id("success")).getText()).contains("Grades recorded");
		assertThat(this.browser.findElements(By.cssSelector("select[name^=grade-]")))
			.extracting((select) -> new Select(select).getFirstSelectedOption().getText())
			.hasSize(10)
			.containsOnly("Good", "Requires improvement");
		assertThat(this.browser.findElements(By.id("grades-missing"))).isEmpty();
		Browsers.assertAccessible(this.browser);

		clickAndWait(By.id("correct-audit"));
		this.browser.findElement(By.id("withdrawReason")).sendKeys("The browser test is over");
		clickAndWait(By.id("withdraw"));
		assertThat(this.browser.findElement(By.id("success")).getText()).contains("Audit withdrawn");
	}

}
