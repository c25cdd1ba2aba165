package org.assure.training;

import java.time.LocalDate;

import org.assure.support.BrowserSystemTest;
import org.assure.support.Browsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A board manager puts a course on the programme, books a place, records the attendance
 * and the evaluation at each of its four stages, and reads the report, in Chromium, with
 * the accessibility check on each page; the course is then withdrawn.
 */
class TrainingSystemTests extends BrowserSystemTest {

	@Test
	void aCourseGoesFromBookingToItsSixMonthEvaluation() {
		LocalDate runs = LocalDate.now().minusMonths(7);
		this.browser.get(url("/login"));
		signIn("board-manager", "demo");
		clickAndWait(By.linkText("Casework"));
		clickAndWait(By.linkText("Training"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Multi-agency training");
		Browsers.assertAccessible(this.browser);

		this.browser.findElement(By.id("title")).sendKeys("Browser course on neglect");
		this.browser.findElement(By.id("theme")).sendKeys("Neglect");
		new Select(this.browser.findElement(By.id("kind"))).selectByValue("COURSE");
		this.browser.findElement(By.id("runsOn")).sendKeys(runs.toString());
		this.browser.findElement(By.id("provider")).sendKeys("Health");
		this.browser.findElement(By.id("places")).sendKeys("12");
		clickAndWait(By.id("add-course"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Browser course on neglect");
		Browsers.assertAccessible(this.browser);

		this.browser.findElement(By.id("attendee")).sendKeys("browser.attendee@example.org");
		new Select(this.browser.findElement(By.id("sector"))).selectByValue("EDUCATION");
		new Select(this.browser.findElement(By.id("area"))).selectByIndex(1);
		this.browser.findElement(By.id("bookedOn")).sendKeys(runs.minusDays(5).toString());
		clickAndWait(By.id("book"));
		assertThat(this.browser.findElement(By.id("bookings")).getText()).contains("Schools and education")
			.doesNotContain("browser.attendee");
		this.browser.findElement(By.cssSelector("#attendance-form label[for^=attended-]")).click();
		clickAndWait(By.id("save-attendance"));
		assertThat(this.browser.findElement(By.id("places-taken")).getText()).contains("1 attended");
		Browsers.assertAccessible(this.browser);

		String[][] stages = { { "BEFORE", runs.minusDays(1).toString() }, { "AFTER", runs.toString() },
				{ "THREE_MONTHS", runs.plusMonths(3).toString() }, { "SIX_MONTHS", runs.plusMonths(6).toString() } };
		for (String[] stage : stages) {
			new Select(this.browser.findElement(By.id("bookingId"))).selectByIndex(1);
			new Select(this.browser.findElement(By.id("stage"))).selectByValue(stage[0]);
			this.browser.findElement(By.id("knowledge")).sendKeys("7");
			this.browser.findElement(By.id("skills")).sendKeys("6");
			this.browser.findElement(By.id("confidence")).sendKeys("8");
			new Select(this.browser.findElement(By.id("objectives"))).selectByValue("MET");
			this.browser.findElement(By.id("evaluatedOn")).sendKeys(stage[1]);
			clickAndWait(By.id("save-evaluation"));
			assertThat(this.browser.findElement(By.id("success")).getText()).contains("Evaluation recorded");
		}
		assertThat(this.browser.findElement(By.cssSelector("[id^=evaluations-]")).getText())
			.isEqualTo("Before, Just after, Three months on, Six months on");
		Browsers.assertAccessible(this.browser);
		String course = this.browser.getCurrentUrl();

		this.browser.get(url("/training/reports"));
		assertThat(this.browser.findElement(By.id("evaluation-chart"))).isNotNull();
		Browsers.assertAccessible(this.browser);

		this.browser.get(course);
		this.browser.findElement(By.id("withdrawReason")).sendKeys("The browser test is over");
		clickAndWait(By.id("withdraw"));
		assertThat(this.browser.findElement(By.id("success")).getText()).contains("Course withdrawn");
	}

}
