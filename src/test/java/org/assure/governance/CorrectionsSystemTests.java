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
 * the old mark and the reason) and withdraws a member added by mistake; corrects a budget
 * line and withdraws it, and an administrator restores it from the register of withdrawn
 * records. In Chromium, with the accessibility check on each page.
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

	@Test
	void aBudgetLineIsCorrectedAndWithdrawnAndAnAdministratorRestoresIt() {
		this.browser.get(url("/login"));
		signIn("board-manager", "demo");
		this.browser.get(url("/governance/budget?year=2033-34"));
		new Select(this.browser.findElement(By.id("direction"))).selectByVisibleText("The board's spending");
		this.browser.findElement(By.id("year")).clear();
		this.browser.findElement(By.id("year")).sendKeys("2033-34");
		new Select(this.browser.findElement(By.id("category"))).selectByVisibleText("Training and learning events");
		this.browser.findElement(By.id("amount")).sendKeys("3000");
		clickAndWait(By.id("record-budget"));
		this.browser.get(url("/governance/budget?year=2033-34"));
		assertThat(this.browser.findElement(By.id("spent")).getText()).isEqualTo("£3,000.00");
		clickAndWait(By.cssSelector("#entries a[id^=correct-entry-]"));
		Browsers.assertAccessible(this.browser);
		this.browser.findElement(By.id("amount")).clear();
		this.browser.findElement(By.id("amount")).sendKeys("3500");
		clickAndWait(By.id("save-entry"));
		assertThat(this.browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Say why the record is being corrected");
		this.browser.findElement(By.id("amount")).clear();
		this.browser.findElement(By.id("amount")).sendKeys("3500");
		this.browser.findElement(By.id("reason")).sendKeys("The venue's invoice came in higher");
		clickAndWait(By.id("save-entry"));
		assertThat(this.browser.findElement(By.id("entry-history")).getText()).contains("£3000.00", "£3500.00",
				"The venue's invoice came in higher");
		Browsers.assertAccessible(this.browser);
		this.browser.findElement(By.id("withdrawReason")).sendKeys("The council paid for the event");
		clickAndWait(By.id("withdraw"));
		assertThat(this.browser.findElement(By.id("success")).getText()).contains("Budget line withdrawn");
		assertThat(this.browser.findElements(By.id("spent"))).isEmpty();

		this.browser.manage().deleteAllCookies();
		this.browser.get(url("/login"));
		signIn("admin", "demo");
		clickAndWait(By.linkText("Administration"));
		clickAndWait(By.linkText("Withdrawn records"));
		WebElement card = this.browser.findElement(By.xpath(
				"//div[contains(@class, 'govuk-summary-card')][.//*[contains(text(), '2033-34, spending: Training and learning events')]]"));
		assertThat(card.getText()).contains("The council paid for the event", "board-manager");
		Browsers.assertAccessible(this.browser);
		String key = card.getAttribute("id").substring("withdrawn-".length());
		this.browser.findElement(By.id("reason-" + key)).sendKeys("The council's payment fell through");
		clickAndWait(By.id("restore-" + key));
		assertThat(this.browser.findElement(By.id("success")).getText()).contains("restored");
		assertThat(this.browser.findElements(By.id("withdrawn-" + key))).isEmpty();
		this.browser.get(url("/governance/budget?year=2033-34"));
		assertThat(this.browser.findElement(By.id("spent")).getText()).isEqualTo("£3,500.00");
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
