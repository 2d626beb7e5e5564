package org.bksbbridge.it;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * A form exactly as the browser posts it (its view state and hidden fields included), kept by the
 * test and posted again later from the same page's session, as a browser resending a POST over a
 * new connection does, or a double click.
 */
final class ResentForm {
  /** Where the repeated post ended after its redirects, and the page it got there. */
  record Answer(String url, String body) {}

  private final String action;
  private final String body;

  private ResentForm(String action, String body) {
    this.action = action;
    this.body = body;
  }

  /** The form as clicking {@code buttonId} would send it now. */
  static ResentForm keep(WebDriver driver, String formId, String buttonId) {
    @SuppressWarnings("unchecked")
    List<String> sent =
        (List<String>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "const f = document.getElementById(arguments[0]);"
                        + "const b = document.getElementById(arguments[1]);"
                        + "const d = new URLSearchParams(new FormData(f));"
                        + "d.append(b.name, b.value);"
                        + "return [f.action, d.toString()];",
                    formId,
                    buttonId);
    return new ResentForm(sent.get(0), sent.get(1));
  }

  Answer sendAgain(WebDriver driver) {
    @SuppressWarnings("unchecked")
    List<String> got =
        (List<String>)
            ((JavascriptExecutor) driver)
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {method: 'POST', body: arguments[1],"
                        + " headers: {'Content-Type': 'application/x-www-form-urlencoded'}})"
                        + ".then(r => r.text().then(t => done([r.url, t])),"
                        + " e => done(['failed', String(e)]));",
                    action,
                    body);
    return new Answer(got.get(0), got.get(1));
  }
}
