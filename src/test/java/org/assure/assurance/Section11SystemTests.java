package org.assure.assurance;

import org.assure.support.BrowserSystemTest;
import org.assure.support.Browsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A board manager opens a Section 11 round, and the police's data lead answers the
 * agency's self-assessment, is told a rating needs its evidence, and saves it, in
 * Chromium, with the accessibility check on each page.
 */
class Section11SystemTests extends BrowserSystemTest {

	@Test
	void anAgencyAnswersItsSection11SelfAssessment() {
		this.browser.get(url("/login"));
		signIn("board-manager", "demo");
		clickAndWait(By.linkText("Assurance"));
		clickAndWait(By.linkText("Section 11 audits"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Section 11 audits");
		Browsers.assertAccessible(this.browser);
		this.browser.findElement(By.id("name")).sendKeys("Browser round");
		this.browser.findElement(By.id("opensOn")).sendKeys("2016-05-02");
		this.browser.findElement(By.id("closesOn")).sendKeys("2016-07-29");
		clickAndWait(By.id("open-round"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Section 11 audit Browser round");
		Browsers.assertAccessible(this.browser);

		this.browser.manage().deleteAllCookies();
		this.browser.get(url("/login"));
		signIn("agency-data-lead", "demo");
		clickAndWait(By.linkText("Assurance"));
		clickAndWait(By.linkText("Section 11 audits"));
		Browsers.assertAccessible(this.browser);
		clickAndWait(By.linkText("Answer the self-assessment"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Leicestershire Police");
		Browsers.assertAccessible(this.browser);

		this.browser.findElement(By.cssSelector("label[for=rating-1-MET]")).click();
		this.browser.findElement(By.id("evidence-1"))
			.sendKeys("The chief officer chairs the force's safeguarding board");
		this.browser.findElement(By.cssSelector("label[for=rating-6-PARTLY_MET]")).click();
		clickAndWait(By.id("save-answers"));
		assertThat(this.browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Give the evidence for standard 6's rating");
		Browsers.assertAccessible(this.browser);
		this.browser.findElement(By.id("evidence-6")).sendKeys("Two of five vetting checks overdue");
		clickAndWait(By.id("save-answers"));
		assertThat(this.browser.findElement(By.id("success")).getText()).contains("Self-assessment saved");
		assertThat(this.browser.findElement(By.id("rating-6-PARTLY_MET")).isSelected()).isTrue();

		clickAndWait(By.linkText("Back to the round"));
		assertThat(this.browser.findElement(By.id("matrix")).getText()).contains("Leicestershire Police", "Met",
				"Partly met");
		assertThat(this.browser.findElement(By.id("matrix")).getText()).doesNotContain("University Hospitals");
		Browsers.assertAccessible(this.browser);
		String round = this.browser.getCurrentUrl();

		this.browser.manage().deleteAllCookies();
		this.browser.get(url("/login"));
		signIn("board-manager", "demo");
		this.browser.get(round);
		assertThat(this.browser.findElement(By.id("matrix")).getText()).contains("University Hospitals");
		this.browser.findElement(By.id("withdrawReason")).sendKeys("The browser test is over");
		clickAndWait(By.id("withdraw"));
		assertThat(this.browser.findElement(By.id("success")).getText()).contains("Round withdrawn");
	}

}
