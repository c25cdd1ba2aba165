package org.assure.lado;

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
 * The LADO records an allegation from the referral to its outcome and a DBS referral, is
 * refused an outcome before the strategy discussion, and reads the reports, in Chromium,
 * with the accessibility check on each page; the allegation is then withdrawn. The LADO's
 * spreadsheet is imported, refused first with its problems listed.
 */
class AllegationsSystemTests extends BrowserSystemTest {

	@Autowired
	private Allegations allegations;

	@Autowired
	private TestUsers users;

	@TempDir
	private Path files;

	@Test
	void theLadoTakesAnAllegationFromReferralToOutcome() {
		String today = LocalDate.now().toString();
		this.browser.get(url("/login"));
		signIn("lado", "demo");
		clickAndWait(By.linkText("Casework"));
		clickAndWait(By.linkText("Allegations (LADO)"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("Allegations against people who work with children");
		Browsers.assertAccessible(this.browser);

		this.browser.findElement(By.id("receivedOn")).sendKeys(today);
		this.browser.findElement(By.id("referrer")).sendKeys("Head teacher");
		new Select(this.browser.findElement(By.id("sector"))).selectByVisibleText("Education");
		this.browser.findElement(By.id("adultRole")).sendKeys("Teaching assistant");
		this.browser.findElement(By.id("setting")).sendKeys("Browser Primary School");
		this.browser.findElement(By.id("adult")).sendKeys("Browser Adult");
		new Select(this.browser.findElement(By.id("harm"))).selectByVisibleText("Physical");
		this.browser.findElement(By.id("summary")).sendKeys("Grabbed a pupil's arm in the playground");
		clickAndWait(By.id("record-referral"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).startsWith("Allegation ");
		assertThat(this.browser.getPageSource()).doesNotContain("Browser Adult");
		Browsers.assertAccessible(this.browser);

		this.browser.findElement(By.cssSelector("label[for=outcome-SUBSTANTIATED]")).click();
		this.browser.findElement(By.id("concludedOn")).sendKeys(today);
		clickAndWait(By.id("save-outcome"));
		assertThat(this.browser.findElement(By.className("govuk-error-summary")).getText())
			.contains("after a strategy discussion or an evaluation meeting");
		Browsers.assertAccessible(this.browser);

		this.browser.findElement(By.id("strategyOn")).sendKeys(today);
		this.browser.findElement(By.cssSelector("label[for=policeInvolved]")).click();
		clickAndWait(By.id("save-strategy"));
		assertThat(this.browser.findElement(By.id("strategy")).getText()).contains("police involved");
		this.browser.findElement(By.cssSelector("label[for=outcome-SUBSTANTIATED]")).click();
		this.browser.findElement(By.id("concludedOn")).sendKeys(today);
		clickAndWait(By.id("save-outcome"));
		assertThat(this.browser.findElement(By.id("outcome-recorded")).getText()).startsWith("Substantiated")
			.contains("within 1 month");
		this.browser.findElement(By.id("dbsReferredOn")).sendKeys(today);
		clickAndWait(By.id("save-dbs"));
		assertThat(this.browser.findElement(By.id("referrals")).getText()).startsWith("DBS ");
		Browsers.assertAccessible(this.browser);

		clickAndWait(By.linkText("LADO reports"));
		assertThat(this.browser.findElement(By.id("timeliness")).getText()).contains("Within 1 month");
		Browsers.assertAccessible(this.browser);

		this.browser.navigate().back();
		clickAndWait(By.id("correct-allegation"));
		this.browser.findElement(By.id("withdrawReason")).sendKeys("The browser test is over");
		clickAndWait(By.id("withdraw"));
		assertThat(this.browser.findElement(By.id("success")).getText()).contains("Allegation withdrawn");
	}

	@Test
	void theLadosSpreadsheetIsImportedAfterItsProblemsAreFixed() throws IOException {
		String header = String.join(",", AllegationsCsv.COLUMNS) + "\n";
		Path bad = this.files.resolve("lado.csv");
		Files.writeString(bad, header + "2015-05-04,Coach,Football,Coach,Browser Club,Browser adult,,Physical,maybe,no,"
				+ "Pushed a player,,,,,,,,\n", StandardCharsets.UTF_8);
		this.browser.get(url("/login"));
		signIn("lado", "demo");
		this.browser.get(url("/lado/allegations"));
		clickAndWait(By.id("import-referrals"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).contains("Import");
		Browsers.assertAccessible(this.browser);
		this.browser.findElement(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
		clickAndWait(By.id("upload"));
		assertThat(this.browser.findElement(By.id("problems")).getText())
			.contains("lado.csv row 2, sector: one of Education")
			.contains("lado.csv row 2, technology: yes or no, not 'maybe'");
		Browsers.assertAccessible(this.browser);

		Path good = this.files.resolve("lado-fixed.csv");
		Files.writeString(good,
				header + "2015-05-04,Coach,Sport and leisure,Coach,Browser Club,Browser adult,,Physical,"
						+ "no,no,Pushed a player,,,,,,,,\n",
				StandardCharsets.UTF_8);
		this.browser.findElement(By.id("file")).sendKeys(good.toAbsolutePath().toString());
		clickAndWait(By.id("upload"));
		assertThat(this.browser.findElement(By.id("success")).getText())
			.contains("1 referral imported from lado-fixed.csv");
		long partnershipId = this.users.demoPartnershipId();
		this.allegations.all(partnershipId)
			.stream()
			.filter((a) -> a.setting().equals("Browser Club"))
			.forEach((a) -> assertThat(
					this.allegations.withdraw(partnershipId, a.id(), "The browser test is over", "test"))
				.isEmpty());
	}

}
