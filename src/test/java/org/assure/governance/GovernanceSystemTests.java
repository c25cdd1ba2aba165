package org.assure.governance;

import org.assure.support.BrowserSystemTest;
import org.assure.support.Browsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A board manager works the board's meetings in a real browser: the groups, the board
 * with its members and quorate meetings, a new meeting whose attendance is recorded (a
 * deputy without a name is refused) and judged, an action arising put on the tracker, and
 * the record of attendance of 2014-15 computed as Appendix (b). Every page passes the
 * accessibility check.
 */
class GovernanceSystemTests extends BrowserSystemTest {

	@Test
	void aBoardManagerRecordsAMeetingAndReadsTheRecordOfAttendance() {
		this.browser.get(url("/login"));
		signIn("board-manager", "demo");
		clickAndWait(By.linkText("Board and sub-groups"));
		assertThat(this.browser.findElement(By.id("groups")).getText())
			.contains("Leicester Safeguarding Children Board", "Dr David Jones", "CDOP");
		Browsers.assertAccessible(this.browser);

		clickAndWait(By.linkText("Leicester Safeguarding Children Board"));
		assertThat(this.browser.findElement(By.id("members")).getText()).contains("Lay Member", "Lay member",
				"Leicestershire Police");
		assertThat(this.browser.findElement(By.id("meetings")).getText()).contains("Board meeting, June 2014",
				"Quorate: 12 of 13 members there");
		Browsers.assertAccessible(this.browser);

		this.browser.findElement(By.id("date")).sendKeys("2015-06-17");
		this.browser.findElement(By.id("title")).sendKeys("Board meeting, June 2015");
		this.browser.findElement(By.id("agenda")).sendKeys("Ofsted improvement plan; the new dataset");
		clickAndWait(By.id("schedule"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Board meeting, June 2015");
		assertThat(this.browser.findElement(By.id("quorum")).getText()).contains("Attendance is not recorded yet");
		Browsers.assertAccessible(this.browser);

		for (org.openqa.selenium.WebElement select : this.browser.findElements(By.cssSelector("select[id^=member-]"))) {
			new Select(select).selectByVisibleText("Present");
		}
		Select police = new Select(
				this.browser.findElement(By.xpath("//tr[th[normalize-space()='Leicestershire Police']]//select")));
		police.selectByVisibleText("Deputy");
		clickAndWait(By.id("save-attendance"));
		assertThat(this.browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Name the deputy for Leicestershire Police");
		Browsers.assertAccessible(this.browser);

		for (org.openqa.selenium.WebElement select : this.browser.findElements(By.cssSelector("select[id^=member-]"))) {
			new Select(select).selectByVisibleText("Present");
		}
		new Select(this.browser.findElement(By.xpath("//tr[th[normalize-space()='Schools representation']]//select")))
			.selectByVisibleText("Apologies");
		clickAndWait(By.id("save-attendance"));
		assertThat(this.browser.findElement(By.id("quorum")).getText()).contains("Quorate",
				"12 of 13 members there (92%");

		this.browser.findElement(By.id("title")).sendKeys("Circulate the dataset before each board");
		this.browser.findElement(By.id("ownerPerson")).sendKeys("Board manager");
		this.browser.findElement(By.id("dueDate")).sendKeys("2015-09-01");
		clickAndWait(By.id("add-arising"));
		assertThat(this.browser.findElement(By.id("arising")).getText())
			.contains("Circulate the dataset before each board", "The board: Board manager");
		Browsers.assertAccessible(this.browser);

		clickAndWait(By.linkText("Attendance"));
		this.browser.findElement(By.id("year")).clear();
		this.browser.findElement(By.id("year")).sendKeys("2014-15");
		clickAndWait(By.id("show-year"));
		assertThat(this.browser.findElement(By.id("board-average")).getText()).isEqualTo("89.3%");
		assertThat(this.browser.findElement(By.id("board-attendance")).getText()).contains("Lay Member");
		Browsers.assertAccessible(this.browser);
	}

}
