package org.assure.complaints;

import java.time.LocalDate;

import org.assure.support.BrowserSystemTest;
import org.assure.support.Browsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A board manager records a complaint, answers it at stage 1, takes it to stage 2,
 * extends stage 2 with its reason and answers it, in Chromium, with the accessibility
 * check on each page; the record is then withdrawn.
 */
class ComplaintsSystemTests extends BrowserSystemTest {

	@Test
	void aComplaintGoesThroughStageTwoWithAnExtension() {
		String today = LocalDate.now().toString();
		this.browser.get(url("/login"));
		signIn("board-manager", "demo");
		clickAndWait(By.linkText("Casework"));
		clickAndWait(By.linkText("Complaints"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Children's statutory complaints");
		Browsers.assertAccessible(this.browser);

		this.browser.findElement(By.id("receivedOn")).sendKeys(today);
		new Select(this.browser.findElement(By.id("category"))).selectByValue("PARENT");
		new Select(this.browser.findElement(By.id("gender"))).selectByValue("FEMALE");
		new Select(this.browser.findElement(By.id("ethnicity"))).selectByValue("WHITE_BRITISH");
		this.browser.findElement(By.id("serviceArea")).sendKeys("Child in Need service");
		new Select(this.browser.findElement(By.id("complaintReason"))).selectByValue("COMMUNICATION");
		this.browser.findElement(By.id("summary")).sendKeys("Not told the date of the conference");
		clickAndWait(By.id("record-complaint"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).startsWith("Complaint ");
		assertThat(this.browser.findElement(By.id("clock-STAGE_1")).getText()).contains("Stage 1 response");
		Browsers.assertAccessible(this.browser);

		this.browser.findElement(By.cssSelector("label[for=outcome-NOT_UPHELD]")).click();
		this.browser.findElement(By.id("respondedOn")).sendKeys(today);
		clickAndWait(By.id("save-response"));
		assertThat(this.browser.findElement(By.id("stage1-response")).getText()).startsWith("Not upheld");
		this.browser.findElement(By.id("stage2StartedOn")).sendKeys(today);
		clickAndWait(By.id("save-stage2"));
		assertThat(this.browser.findElement(By.id("stands-at")).getText()).isEqualTo("Stage 2: investigation");

		clickAndWait(By.id("save-extension"));
		assertThat(this.browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Give the reason for the extension");
		Browsers.assertAccessible(this.browser);
		this.browser.findElement(By.id("extension")).sendKeys("The complaint concerns three services");
		clickAndWait(By.id("save-extension"));
		assertThat(this.browser.findElement(By.id("stage2")).getText()).contains("extended: The complaint concerns");

		this.browser.findElement(By.cssSelector("label[for=outcome-UPHELD]")).click();
		this.browser.findElement(By.id("respondedOn")).sendKeys(today);
		clickAndWait(By.id("save-response"));
		assertThat(this.browser.findElement(By.id("stands-at")).getText()).isEqualTo("Answered at stage 2");
		assertThat(this.browser.findElement(By.id("clock-STAGE_2")).getText()).contains("Met");
		Browsers.assertAccessible(this.browser);

		this.browser.findElement(By.id("withdrawReason")).sendKeys("The browser test is over");
		clickAndWait(By.id("withdraw"));
		assertThat(this.browser.findElement(By.id("success")).getText())
			.contains("Complaint withdrawn from the record");
	}

}
