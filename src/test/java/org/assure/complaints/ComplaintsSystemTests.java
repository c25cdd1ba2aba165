package org.assure.complaints;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.assure.support.BrowserSystemTest;
import org.assure.support.Browsers;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A board manager records a complaint, answers it at stage 1, takes it to stage 2,
 * extends stage 2 with its reason and answers it, in Chromium, with the accessibility
 * check on each page; the record is then withdrawn. A spreadsheet of complaints is
 * imported, refused first with its problems listed; a commendation is corrected and
 * withdrawn; an earlier year's figures are given and withdrawn.
 */
class ComplaintsSystemTests extends BrowserSystemTest {

	@Autowired
	private Complaints complaints;

	@Autowired
	private TestUsers users;

	@TempDir
	private Path files;

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

	@Test
	void aSpreadsheetOfComplaintsIsImportedAfterItsProblemsAreFixed() throws IOException {
		String header = String.join(",", ComplaintsCsv.COLUMNS) + "\n";
		Path bad = this.files.resolve("complaints.csv");
		Files.writeString(bad,
				header + "2015-13-01,PARENT,no,1,0,0,FEMALE,NOT_KNOWN,Browser import,DELAY," + "Waited,,,,,,,,,,,,,,\n",
				StandardCharsets.UTF_8);
		this.browser.get(url("/login"));
		signIn("board-manager", "demo");
		this.browser.get(url("/complaints"));
		clickAndWait(By.id("import-complaints"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Import complaints");
		Browsers.assertAccessible(this.browser);
		this.browser.findElement(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
		clickAndWait(By.id("upload"));
		assertThat(this.browser.findElement(By.id("problems")).getText())
			.contains("complaints.csv row 2, received_on: a date as year-month-day");
		Browsers.assertAccessible(this.browser);

		Path good = this.files.resolve("fixed.csv");
		Files.writeString(good, header + "2015-01-12,PARENT,no,1,0,0,FEMALE,NOT_KNOWN,Browser import service,DELAY,"
				+ "Waited for a visit,,,,,,,,,,,,,,\n", StandardCharsets.UTF_8);
		this.browser.findElement(By.id("file")).sendKeys(good.toAbsolutePath().toString());
		clickAndWait(By.id("upload"));
		assertThat(this.browser.findElement(By.id("success")).getText())
			.contains("1 complaint imported from fixed.csv");
		long partnershipId = this.users.demoPartnershipId();
		this.complaints.all(partnershipId)
			.stream()
			.filter((c) -> c.serviceArea().equals("Browser import service"))
			.forEach((c) -> assertThat(
					this.complaints.withdraw(partnershipId, c.id(), "The browser test is over", "test"))
				.isEmpty());
	}

	@Test
	void aCommendationIsCorrectedAndAnEarlierYearsFiguresAreGiven() {
		this.browser.get(url("/login"));
		signIn("board-manager", "demo");
		this.browser.get(url("/complaints"));
		clickAndWait(By.id("commendations-link"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Commendations");
		Browsers.assertAccessible(this.browser);
		this.browser.findElement(By.id("commendedOn")).sendKeys("2015-03-02");
		this.browser.findElement(By.id("commendedArea")).sendKeys("Browser service");
		this.browser.findElement(By.id("fromWhom")).sendKeys("A grandparent");
		clickAndWait(By.id("record-commendation"));
		assertThat(this.browser.findElement(By.id("commendation-list")).getText()).contains("Browser service");
		this.browser.findElement(By.xpath("//tr[td[text()='Browser service']]//a")).click();
		waitUpTo(10).until((b) -> b.findElement(By.tagName("h1")).getText().equals("Correct a commendation"));
		Browsers.assertAccessible(this.browser);
		this.browser.findElement(By.id("fromWhom")).clear();
		this.browser.findElement(By.id("fromWhom")).sendKeys("A family");
		this.browser.findElement(By.id("reason")).sendKeys("The card was from the whole family");
		clickAndWait(By.id("save-commendation"));
		assertThat(this.browser.findElement(By.id("commendation-history")).getText())
			.contains("The card was from the whole family");
		Browsers.assertAccessible(this.browser);
		this.browser.findElement(By.id("withdrawReason")).sendKeys("The browser test is over");
		clickAndWait(By.id("withdraw"));
		assertThat(this.browser.findElement(By.id("success")).getText()).contains("Commendation withdrawn");

		this.browser.get(url("/complaints/earlier-years"));
		assertThat(this.browser.findElement(By.id("years")).getText()).contains("2013-14");
		Browsers.assertAccessible(this.browser);
		this.browser.findElement(By.id("year")).sendKeys("2004-05");
		this.browser.findElement(By.id("received")).sendKeys("12");
		this.browser.findElement(By.id("gender.MALE")).sendKeys("5");
		this.browser.findElement(By.id("gender.FEMALE")).sendKeys("6");
		clickAndWait(By.id("keep-figures"));
		assertThat(this.browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("Say where the figures come from");
		Browsers.assertAccessible(this.browser);
		this.browser.findElement(By.id("source")).sendKeys("Annual report 2004-05, page 12");
		clickAndWait(By.id("keep-figures"));
		clickAndWait(By.id("correct-2004-05"));
		assertThat(this.browser.findElement(By.className("govuk-warning-text")).getText())
			.contains("The gender counts add up to 11, not the 12 complaints received");
		Browsers.assertAccessible(this.browser);
		this.browser.findElement(By.id("withdrawReason")).sendKeys("The browser test is over");
		clickAndWait(By.id("withdraw"));
		assertThat(this.browser.findElement(By.id("success")).getText()).contains("Earlier figures withdrawn");
	}

}
