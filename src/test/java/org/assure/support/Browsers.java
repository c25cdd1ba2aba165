package org.assure.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The machine's Chromium, headless, driven by its own chromedriver: nothing is
 * downloaded. Where neither is installed the browser tests are skipped with a message,
 * unless {@code ASSURE_REQUIRE_BROWSER=true} (as in CI), where their absence fails the
 * build.
 */
public final class Browsers {

	private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("ASSURE_CHROMIUM", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path
		.of(System.getenv().getOrDefault("ASSURE_CHROMEDRIVER", "/usr/bin/chromedriver"));

	private Browsers() {
	}

	/**
	 * A fresh headless Chromium.
	 * @return the driver; quit it when done
	 */
	public static WebDriver chromium() {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed) {
			String message = "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)";
			if ("true".equals(System.getenv("ASSURE_REQUIRE_BROWSER"))) {
				throw new IllegalStateException(message);
			}
			Assumptions.abort(message);
		}
		try {
			Path profile = Files.createTempDirectory("assure-chromium");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--disable-quic", "--window-size=1280,1000", "--user-data-dir=" + profile);
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return driver;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot make a Chromium profile directory", ex);
		}
	}

	/**
	 * Runs axe-core in the page and fails on any serious or critical violation of WCAG
	 * 2.2 AA.
	 * @param driver the browser, on the page to check
	 */
	public static void assertAccessible(WebDriver driver) {
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
			.analyze(driver);
		List<String> serious = results.getViolations()
			.stream()
			.filter((rule) -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(Browsers::describe)
			.toList();
		assertThat(serious).as("serious or critical accessibility violations on " + driver.getCurrentUrl()).isEmpty();
	}

	/**
	 * Saves a screenshot of the page as {@code NAME.png} in the folder named by
	 * {@code ASSURE_SCREENSHOTS}, when it is set; the README's pictures are made this
	 * way.
	 * @param driver the browser, on the page to keep
	 * @param name the picture's name
	 */
	public static void screenshot(WebDriver driver, String name) {
		String folder = System.getenv("ASSURE_SCREENSHOTS");
		if (folder == null || folder.isBlank()) {
			return;
		}
		try {
			byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
			Path target = Path.of(folder).resolve(name + ".png");
			Files.createDirectories(target.getParent());
			Files.write(target, png);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot save the screenshot " + name, ex);
		}
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList();
	}

}
