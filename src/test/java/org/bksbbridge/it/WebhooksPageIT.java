package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The webhooks on the centre's bksb integration page: a manager allowed to edit the settings adds
 * one (a bad URL answered beside its field, nothing stored), sees its secret once, opens its
 * delivery log and removes it; the API never shows the secret again. axe on each state.
 */
@ExtendWith(ArquillianExtension.class)
class WebhooksPageIT {
  private static final String PAGE = "/integration.xhtml?centre=DEMO";
  private static final String GRANT = "/api/v1/permissions/DEMO/users/manager";
  private static final String HOOKS = "/api/v1/centres/DEMO/webhooks";

  private final Api admin = Api.as("admin");
  private SignedInBrowser m;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @AfterEach
  void cleanUp() {
    if (m != null) {
      m.close();
    }
    for (var w : hooks()) {
      admin.delete(HOOKS + "/" + ((JsonObject) w).getInt("id"));
    }
    admin.delete(GRANT);
  }

  private jakarta.json.JsonArray hooks() {
    Api.Reply r = admin.get(HOOKS);
    assertEquals(200, r.status(), r.body());
    return (jakarta.json.JsonArray) r.structure();
  }

  /** Scrolls an element to the middle of the window, so that the screenshot shows it. */
  private static void show(SignedInBrowser b, String id) {
    ((org.openqa.selenium.JavascriptExecutor) b.driver)
        .executeScript(
            "document.getElementById(arguments[0]).scrollIntoView({block: 'center'});", id);
  }

  private static WebElement field(SignedInBrowser b, String id) {
    return b.driver.findElement(By.id("webhook-add:" + id));
  }

  private static void add(SignedInBrowser b) {
    WebElement button = field(b, "add");
    button.click();
    b.wait.until(Browser.replaced(button));
    b.wait.until(d -> !d.findElements(By.id("messages")).isEmpty());
  }

  @Test
  void aManagerAddsAWebhookSeesItsSecretOnceAndRemovesIt() throws Exception {
    Api.Reply g =
        admin.put(GRANT, "{\"commands\":[\"BKSB_API_INTEGRATION\",\"EDIT_BKSB_SETTINGS\"]}");
    assertEquals(200, g.status(), g.body());
    m = SignedInBrowser.open("manager", PAGE);
    m.wait.until(d -> !d.findElements(By.id("webhooks")).isEmpty());
    Browser.checkAccessible(m.driver, "webhooks-none");

    field(m, "url").sendKeys("https://user:secret@example.org/hook");
    add(m);
    assertTrue(m.text("url-msg").contains("must not carry a user name"), m.text("url-msg"));
    assertEquals("true", field(m, "url").getAttribute("aria-invalid"));
    assertEquals(0, hooks().size(), "nothing stored");
    show(m, "webhook-add:url");
    Browser.checkAccessible(m.driver, "webhooks-bad-url");

    WebElement url = field(m, "url");
    url.clear();
    url.sendKeys("http://localhost:9/bksb-events");
    add(m);
    String secret = m.text("webhook-secret-value");
    assertTrue(secret.startsWith("whsec_"), secret);
    assertTrue(m.text("webhook-table").contains("http://localhost:9/bksb-events"));
    show(m, "webhook-secret");
    Browser.checkAccessible(m.driver, "webhooks-added");
    Api.Reply listed = admin.get(HOOKS);
    assertFalse(listed.body().contains(secret), "never listed again");
    assertFalse(listed.body().contains("whsec_"));

    m.driver.findElement(By.cssSelector("#webhook-table input[id$='log']")).click();
    m.wait.until(d -> !d.findElements(By.id("delivery-table")).isEmpty());
    show(m, "delivery-table");
    Browser.checkAccessible(m.driver, "webhooks-log");

    // Opened afresh (a post answers at the page's bare address).
    m.driver.get(
        m.driver
            .getCurrentUrl()
            .replaceAll("integration\\.xhtml.*", "integration.xhtml?centre=DEMO"));
    m.wait.until(d -> !d.findElements(By.id("webhooks")).isEmpty());
    assertTrue(m.driver.findElements(By.id("webhook-secret")).isEmpty(), "shown once");

    WebElement remove = m.driver.findElement(By.cssSelector("#webhook-table input[id$='remove']"));
    remove.click();
    m.wait.until(Browser.replaced(remove));
    m.wait.until(d -> d.findElement(By.id("messages")).getText().contains("removed"));
    assertEquals(0, hooks().size());
  }
}
