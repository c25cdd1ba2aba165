package org.assure.governance;

import org.assure.support.BrowserSystemTest;
import org.assure.support.Browsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A board manager corrects a meeting's attendance (the quorum follows, the history keeps
 * the old mark and the reason) and withdraws a member added by mistake, in Chromium, with
 * the accessibility check on each page.
 */
class CorrectionsSystemTests extends BrowserSystemTest {

	@Test
	void aBoardManagerCorrectsAttendanceAndWithdrawsAMember() {
		this.browser.get(url("/login"));
		signIn("board-manager", "demo");
		clickAndWait(By.linkText("Board and sub-groups"));
		this.browser.findElement(By.id("name")).sendKeys("Corrections test group");
		this.browser.findElement(By.id("termsOfReference")).sendKeys("For a browser test");
		clickAndWait(By.id("add-group"));
		addMember("Police", "Leicestershire Police", "Statutory member");
		addMember("Health", null, "Statutory member");
		addMember("Lay member", "None (independent, lay)", "Lay member");

		this.browser.findElement(By.id("date")).sendKeys("2015-07-01");
		this.browser.findElement(By.id("title")).sendKeys("First meeting");
		clickAndWait(By.id("schedule"));
		for (WebElement select : this.browser.findElements(By.cssSelector("select[id^=member-]"))) {
			new Select(select).selectByVisibleText("Present");
		}
		row("Health").selectByVisibleText("Apologies");
		clickAndWait(By.id("save-attendance"));
		assertThat(this.browser.findElement(By.id("quorum")).getText()).contains("2 of 3 members there");

		row("Health").selectByVisibleText("Present");
		clickAndWait(By.id("save-attendance"));
		assertThat(this.browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Say why the record is being corrected");
		Browsers.assertAccessible(this.browser);
		row("Health").selectByVisibleText("Present");
		this.browser.findElement(By.id("reason")).sendKeys("The minutes missed health's arrival");
		clickAndWait(By.id("save-attendance"));
		assertThat(this.browser.findElement(By.id("quorum")).getText()).contains("3 of 3 members there");
		assertThat(this.browser.findElement(By.id("meeting-history")).getText()).contains("Attendance of Health",
				"Apologies", "Present", "The minutes missed health's arrival", "board-manager");
		Browsers.assertAccessible(this.browser);

		clickAndWait(By.partialLinkText("Back to Corrections test group"));
		clickAndWait(By.xpath("//tr[td[normalize-space()='Lay member']]//a[starts-with(@id, 'correct-member-')]"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Correct Lay member");
		Browsers.assertAccessible(this.browser);
		clickAndWait(By.id("withdraw"));
		assertThat(this.browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Say why the record is being corrected");
		this.browser.findElement(By.id("withdrawReason")).sendKeys("Never a member of this group");
		clickAndWait(By.id("withdraw"));
		assertThat(this.browser.findElement(By.id("success")).getText()).contains("Member withdrawn");
		assertThat(this.browser.findElement(By.id("members")).getText()).contains("Police", "Health")
			.doesNotContain("Lay member");
		Browsers.assertAccessible(this.browser);
	}

	private void addMember(String seat, String agency, String membership) {
		this.browser.findElement(By.id("seat")).sendKeys(seat);
		Select agencies = new Select(this.browser.findElement(By.id("agency")));
		if (agency != null) {
			agencies.selectByVisibleText(agency);
		}
		else {
			agencies.selectByIndex(2);
		}
		new Select(this.browser.findElement(By.id("membership"))).selectByVisibleText(membership);
		clickAndWait(By.id("add-member"));
		assertThat(this.browser.findElement(By.id("members")).getText()).contains(seat);
	}

	private Select row(String seat) {
		return new Select(this.browser.findElement(By.xpath("//tr[th[normalize-space()='" + seat + "']]//select")));
	}

}
