package org.assure.assurance;

import org.assure.support.BrowserSystemTest;
import org.assure.support.Browsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A board manager puts a case forward, records the rapid review, is refused a decision
 * that contradicts the criteria, and records the decision, in Chromium, with the
 * accessibility check on each page.
 */
class CaseReviewsSystemTests extends BrowserSystemTest {

	@Test
	void aBoardManagerRecordsAReviewDecision() {
		this.browser.get(url("/login"));
		signIn("board-manager", "demo");
		clickAndWait(By.linkText("Assurance"));
		clickAndWait(By.linkText("Case reviews"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Case reviews");
		Browsers.assertAccessible(this.browser);
		this.browser.findElement(By.id("reference")).sendKeys("Browser case");
		this.browser.findElement(By.id("summary")).sendKeys("Serious injury to a toddler");
		this.browser.findElement(By.id("becameAwareOn")).sendKeys("2015-05-11");
		clickAndWait(By.id("put-forward"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Case review: Browser case");
		assertThat(this.browser.findElement(By.id("clock-NOTIFICATION")).getText()).contains("18 May 2015");
		Browsers.assertAccessible(this.browser);

		this.browser.findElement(By.id("rapidReviewOn")).sendKeys("2015-05-29");
		this.browser.findElement(By.cssSelector("label[for=abuseOrNeglect]")).click();
		this.browser.findElement(By.cssSelector("label[for=seriouslyHarmed]")).click();
		this.browser.findElement(By.cssSelector("label[for=concernAboutWorkingTogether]")).click();
		clickAndWait(By.id("save-rapid-review"));
		assertThat(this.browser.findElement(By.id("criteria")).getText()).contains("(criteria met)");

		this.browser.findElement(By.cssSelector("label[for=decision-LEARNING_REVIEW]")).click();
		this.browser.findElement(By.id("rationale")).sendKeys("Learning about supervision");
		this.browser.findElement(By.id("decidedOn")).sendKeys("2015-06-05");
		this.browser.findElement(By.id("endorsedBy")).sendKeys("Independent Chair");
		clickAndWait(By.id("save-decision"));
		assertThat(this.browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("must have a serious case review");
		Browsers.assertAccessible(this.browser);

		this.browser.findElement(By.cssSelector("label[for=decision-STATUTORY_REVIEW]")).click();
		clickAndWait(By.id("save-decision"));
		assertThat(this.browser.findElement(By.id("success")).getText()).contains("Decision recorded");
		assertThat(this.browser.findElement(By.id("decision-made")).getText()).contains("Serious case review",
				"Independent Chair", "Learning about supervision");
		Browsers.assertAccessible(this.browser);
	}

}
