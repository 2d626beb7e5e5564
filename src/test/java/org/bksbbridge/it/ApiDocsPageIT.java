package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The API's description as an MIS developer browses it, signed in: Swagger UI over the document the
 * build made, under the server's Content-Security-Policy (scripts from this server only).
 */
@ExtendWith(ArquillianExtension.class)
class ApiDocsPageIT {
  private SignedInBrowser browser;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @AfterEach
  void close() {
    if (browser != null) {
      browser.driver.quit();
    }
  }

  @Test
  void aSignedInUserBrowsesTheApisOperations() throws Exception {
    browser = SignedInBrowser.open("tutor", "/index.xhtml");
    browser.driver.get(Deployments.baseUrl() + "/api-docs/index.html");
    Browser.await(
        browser.driver,
        "the API's operations",
        d -> d.findElements(By.cssSelector(".opblock")).size() > 20);
    String title = browser.driver.findElement(By.cssSelector(".info .title")).getText();
    assertTrue(title.startsWith("bksb-bridge"), title);
    assertTrue(
        browser.driver.findElements(By.cssSelector(".opblock-summary-path")).stream()
            .allMatch(p -> p.getText().startsWith("/api/v1/")),
        "only our API is described");
    Browser.checkAccessible(browser.driver, "api-docs");
  }
}
