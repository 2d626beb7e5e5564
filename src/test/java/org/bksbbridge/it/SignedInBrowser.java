package org.bksbbridge.it;

import java.util.function.Function;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A headless browser signed in as one dev user, for page tests that need several at once. */
final class SignedInBrowser implements AutoCloseable {
  final WebDriver driver;
  final WebDriverWait wait;
  final String user;

  private SignedInBrowser(WebDriver driver, String user) {
    this.driver = driver;
    this.wait = Browser.waitFor(driver);
    this.user = user;
  }

  /** Opens {@code path}; the login form comes first and sends the user back to it. */
  static SignedInBrowser open(String user, String path) throws Exception {
    SignedInBrowser b = new SignedInBrowser(Browser.open(), user);
    b.driver.get(Deployments.baseUrl() + path);
    b.wait.until(d -> d.getCurrentUrl().contains("/login.xhtml"));
    b.driver.findElement(By.id("username")).sendKeys(user);
    b.driver.findElement(By.id("password")).sendKeys(user);
    b.driver.findElement(By.id("sign-in")).click();
    b.wait.until(d -> !d.findElements(By.id("signed-in-user")).isEmpty());
    return b;
  }

  void get(String path) {
    driver.get(Deployments.baseUrl() + path);
    wait.until(d -> !d.findElements(By.id("signed-in-user")).isEmpty());
  }

  /** The session's cookies as a Cookie header, to replay a request under this session. */
  String cookieHeader() {
    return driver.manage().getCookies().stream()
        .map(c -> c.getName() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
  }

  /** Waits for the page's messages to include {@code text} ({@link Browser#awaitMessage}). */
  void awaitMessage(String text) {
    Browser.awaitMessage(driver, text);
  }

  /** Waits for {@code condition}, explaining a timeout ({@link Browser#await}). */
  void await(String what, Function<WebDriver, Boolean> condition) {
    Browser.await(driver, what, condition);
  }

  String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
