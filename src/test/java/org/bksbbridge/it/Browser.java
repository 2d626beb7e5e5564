package org.bksbbridge.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium and ChromeDriver, headless. Without them the browser tests are skipped with a
 * message, unless {@code -Dbrowser.required=true} (set by .ci/run) makes that a failure.
 */
final class Browser {
  private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
  private static final String DRIVER =
      System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

  private Browser() {}

  static WebDriver open() throws IOException {
    boolean present = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
    String missing =
        "Chromium or ChromeDriver is missing ("
            + CHROMIUM
            + ", "
            + DRIVER
            + "): apt-get install chromium chromium-driver";
    if (!present) {
      if (Boolean.getBoolean("browser.required")) {
        Assertions.fail(missing + "; browser.required=true makes this a failure");
      }
      Assumptions.abort(missing + "; skipping the browser test");
    }
    // Under target/, not /tmp: each browser leaves a profile of several MB, and a clean removes
    // them.
    Path profile =
        Files.createTempDirectory(
            Files.createDirectories(Path.of("target", "chromium-profiles")), "profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER))
            .usingAnyFreePort()
            .build();
    WebDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }

  /**
   * A wait that retries when the page is replaced between finding an element and reading it: a form
   * post or a navigation swaps the whole DOM, and Chromium reports the old element as stale.
   */
  static WebDriverWait waitFor(WebDriver driver) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /**
   * Whether {@code element}'s page has been replaced (a form post, a navigation). While Chromium
   * tears the old document down it can answer "does not belong to the document" instead of "stale"
   * (Selenium's {@code stalenessOf} lets that through as a failure): both mean the element is gone.
   */
  static Function<WebDriver, Boolean> replaced(WebElement element) {
    return d -> {
      try {
        element.isEnabled();
        return false;
      } catch (StaleElementReferenceException e) {
        return true;
      } catch (WebDriverException e) {
        if (tornDown(e)) {
          return true;
        }
        throw e;
      }
    };
  }

  /**
   * Chromium's answer about an element of a document it is tearing down (a page being replaced).
   */
  static boolean tornDown(WebDriverException e) {
    return String.valueOf(e.getMessage()).contains("does not belong to the document");
  }

  /**
   * Waits for the page's messages to include {@code text}; when they never do, says what the page
   * showed instead ({@link #await}).
   */
  static void awaitMessage(WebDriver driver, String text) {
    await(
        driver,
        "a message \"" + text + "\"",
        d ->
            !d.findElements(By.id("messages")).isEmpty()
                && d.findElement(By.id("messages")).getText().contains(text));
  }

  /**
   * Waits for {@code condition}. When it never holds, the failure says what the page showed instead
   * (its address, its messages, its heading) and keeps a screenshot: a refusal, an error page and a
   * lost click each look different there.
   */
  static void await(WebDriver driver, String what, Function<WebDriver, Boolean> condition) {
    try {
      waitFor(driver)
          .until(
              d -> {
                try {
                  return condition.apply(d);
                } catch (WebDriverException e) {
                  // Read while the next page replaced this one: look again.
                  if (tornDown(e)) {
                    return false;
                  }
                  throw e;
                }
              });
    } catch (TimeoutException e) {
      String name = "failed-" + System.currentTimeMillis();
      screenshot(driver, name);
      throw new AssertionError(
          "no "
              + what
              + " on "
              + driver.getCurrentUrl()
              + "; messages: "
              + firstText(driver, "messages")
              + "; heading: "
              + driver.findElements(By.tagName("h1")).stream()
                  .map(WebElement::getText)
                  .findFirst()
                  .orElse("(none)")
              + "; screenshot target/screenshots/"
              + name
              + ".png",
          e);
    }
  }

  private static String firstText(WebDriver driver, String id) {
    return driver.findElements(By.id(id)).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("(none on the page)");
  }

  /** Keeps a picture of the page under target/screenshots, for people reading a failed run. */
  static void screenshot(WebDriver driver, String name) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "screenshots"));
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(dir.resolve(name + ".png"), png);
    } catch (IOException | RuntimeException e) {
      // A missing picture must not hide the test's own result.
    }
  }

  /** The axe-core rules for WCAG 2.0, 2.1 and 2.2, levels A and AA. */
  private static final List<String> WCAG_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  /**
   * Saves a screenshot, then runs axe-core on the page as it is now and fails on any serious or
   * critical WCAG 2.2 AA violation, naming each rule and where it failed.
   */
  static void checkAccessible(WebDriver driver, String name) {
    screenshot(driver, name);
    Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
    Assertions.assertFalse(results.isErrored(), name + ": axe-core " + results.getErrorMessage());
    List<String> bad =
        results.getViolations().stream()
            .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
            .map(
                v ->
                    v.getId()
                        + " ("
                        + v.getImpact()
                        + "): "
                        + v.getHelp()
                        + " at "
                        + v.getNodes().stream()
                            .map(n -> String.valueOf(n.getTarget()))
                            .collect(Collectors.joining(", ")))
            .toList();
    Assertions.assertEquals(List.of(), bad, name + ": serious or critical WCAG violations");
  }
}
