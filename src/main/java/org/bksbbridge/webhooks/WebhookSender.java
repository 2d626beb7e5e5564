package org.bksbbridge.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.bksbbridge.alerts.AlertKind;
import org.bksbbridge.alerts.Alerts;
import org.bksbbridge.settings.SecretBox;

/**
 * Makes one attempt at one delivery: claimed first (so servers sharing the database send it once),
 * the URL checked again, the body signed and POSTed without following redirects, and the answer
 * recorded. A webhook this failure disables raises an alert for its centre. The JDK's HTTP client:
 * a receiver is no bksb, and none of the bksb client's gates and retries apply to it.
 */
@ApplicationScoped
public class WebhookSender {
  static final int CONNECT_TIMEOUT_MS = 5_000;
  static final int READ_TIMEOUT_MS = 10_000;

  @Inject WebhookDispatch dispatch;
  @Inject WebhookUrlPolicy urls;
  @Inject SecretBox secrets;
  @Inject Alerts alerts;
  @Inject Clock clock;

  /** Redirects are not followed (the default): one could lead past the URL rules. */
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofMillis(CONNECT_TIMEOUT_MS))
          .build();

  /** The context a webhook's secret is sealed in. */
  static String context(String centreId) {
    return "webhook/" + centreId;
  }

  /**
   * One attempt, if this server claims the delivery: the deliveries it sent (with the others of a
   * batch), none when another server has it or it is not due any more.
   */
  public List<Long> attempt(long deliveryId) {
    Optional<WebhookDispatch.Attempt> claimed = dispatch.claim(deliveryId);
    if (claimed.isEmpty()) {
      return List.of();
    }
    WebhookDispatch.Attempt a = claimed.get();
    Integer status = null;
    String error;
    Optional<String> refused = urls.problem(a.url());
    if (refused.isPresent()) {
      error = "not sent: the URL " + refused.get();
    } else {
      String body =
          a.batch()
              ? WebhookJson.batchBody(a.events(), clock.instant())
              : WebhookJson.body(a.events().get(0));
      // A batch's id: stable for the same events sent again, new for another set.
      String id =
          a.batch()
              ? "batch_" + a.events().get(0).id() + "_" + a.events().size()
              : a.events().get(0).id();
      long timestamp = clock.instant().getEpochSecond();
      String secret = secrets.open(a.sealed(), context(a.centreId()));
      try {
        HttpRequest request =
            HttpRequest.newBuilder(URI.create(a.url()))
                .timeout(Duration.ofMillis(READ_TIMEOUT_MS))
                .header("Content-Type", "application/json")
                .header("User-Agent", "bksb-bridge")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(secret, id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        status = CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        error = "the receiver answered HTTP " + status;
      } catch (IOException e) {
        error = "no answer: " + e.getClass().getSimpleName() + ": " + e.getMessage();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        error = "not sent: the server is stopping";
      }
    }
    dispatch
        .settle(a.deliveryIds(), status, error)
        .ifPresent(
            why ->
                alerts.raise(
                    a.centreId(),
                    AlertKind.WEBHOOK_DISABLED,
                    "webhook " + a.webhookId() + " (" + a.url() + ") was disabled: " + why));
    return a.deliveryIds();
  }
}
