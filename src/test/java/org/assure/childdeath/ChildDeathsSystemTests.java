package org.assure.childdeath;

import java.time.LocalDate;

import org.assure.support.BrowserSystemTest;
import org.assure.support.Browsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CDOP officer records a death notified, records the panel, reviews the death with its
 * modifiable factors and learning, and reads the report's two editions, in Chromium, with
 * the accessibility check on each page; the death is then withdrawn.
 */
class ChildDeathsSystemTests extends BrowserSystemTest {

	@Test
	void aDeathNotifiedGoesToItsReview() {
		LocalDate today = LocalDate.now();
		this.browser.get(url("/login"));
		signIn("cdop-officer", "demo");
		clickAndWait(By.linkText("Casework"));
		clickAndWait(By.linkText("Child deaths (CDOP)"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Child death reviews");
		Browsers.assertAccessible(this.browser);

		clickAndWait(By.id("record-death"));
		assertThat(this.browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Enter the day of death");
		Browsers.assertAccessible(this.browser);

		this.browser.findElement(By.id("child")).sendKeys("BROWSER-CHILD-1");
		this.browser.findElement(By.id("diedOn")).sendKeys(today.minusDays(10).toString());
		this.browser.findElement(By.id("notifiedOn")).sendKeys(today.minusDays(9).toString());
		this.browser.findElement(By.id("bornOn")).sendKeys(today.minusDays(20).toString());
		new Select(this.browser.findElement(By.id("kind"))).selectByValue("NEONATAL");
		this.browser.findElement(By.id("area")).sendKeys("Browser City");
		clickAndWait(By.id("record-death"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).startsWith("Child death ");
		assertThat(this.browser.findElement(By.id("notification")).getText()).contains("Neonatal (under 28 days)")
			.doesNotContain("BROWSER-CHILD-1");
		String record = this.browser.getCurrentUrl();
		Browsers.assertAccessible(this.browser);

		this.browser.get(url("/child-deaths"));
		this.browser.findElement(By.id("heldOn")).sendKeys(today.toString());
		clickAndWait(By.id("record-panel"));
		this.browser.get(record);
		new Select(this.browser.findElement(By.id("panelId"))).selectByIndex(1);
		new Select(this.browser.findElement(By.id("category"))).selectByValue("8");
		this.browser.findElement(By.cssSelector("label[for=modifiable-YES]")).click();
		clickAndWait(By.id("save-review"));
		assertThat(this.browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Choose the domains in which modifiable factors were found");
		Browsers.assertAccessible(this.browser);
		new Select(this.browser.findElement(By.id("panelId"))).selectByIndex(1);
		this.browser.findElement(By.cssSelector("label[for=modifiable-YES]")).click();
		this.browser.findElement(By.cssSelector("label[for=domain-SERVICES]")).click();
		this.browser.findElement(By.id("theme")).sendKeys("Maternity handover");
		this.browser.findElement(By.id("learning")).sendKeys("Discharge summary not shared with the health visitor");
		clickAndWait(By.id("save-review"));
		assertThat(this.browser.findElement(By.id("modifiable-finding")).getText())
			.isEqualTo("Modifiable factors identified");
		assertThat(this.browser.findElement(By.id("death-learning")).getText()).contains("Maternity handover");
		Browsers.assertAccessible(this.browser);

		this.browser.get(url("/child-deaths/reports"));
		assertThat(this.browser.findElement(By.id("published-note")).getText()).contains("shows as c");
		Browsers.assertAccessible(this.browser);
		new Select(this.browser.findElement(By.id("edition"))).selectByValue("internal");
		clickAndWait(By.id("show"));
		assertThat(this.browser.findElement(By.id("internal-note")).getText()).contains("do not publish it");

		this.browser.get(record);
		this.browser.findElement(By.id("withdrawReason")).sendKeys("The browser test is over");
		clickAndWait(By.id("withdraw"));
		assertThat(this.browser.findElement(By.id("success")).getText()).contains("Death withdrawn from the record");
	}

}
