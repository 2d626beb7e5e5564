package org.bksbbridge.webhooks;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Optional;
import org.bksbbridge.alerts.AlertKind;
import org.bksbbridge.alerts.Alerts;
import org.bksbbridge.settings.SecretBox;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.JerseyClientBuilder;

/**
 * Makes one attempt at one delivery: claimed first (so servers sharing the database send it once),
 * the URL checked again, the body signed and POSTed without following redirects, and the answer
 * recorded. A webhook this failure disables raises an alert for its centre.
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

  private Client client;

  /** The context a webhook's secret is sealed in. */
  static String context(String centreId) {
    return "webhook/" + centreId;
  }

  /** One attempt, if this server claims the delivery: whether it did. */
  public boolean attempt(long deliveryId) {
    Optional<WebhookDispatch.Attempt> claimed = dispatch.claim(deliveryId);
    if (claimed.isEmpty()) {
      return false;
    }
    WebhookDispatch.Attempt a = claimed.get();
    Integer status = null;
    String error;
    Optional<String> refused = urls.problem(a.url());
    if (refused.isPresent()) {
      error = "not sent: the URL " + refused.get();
    } else {
      String body = WebhookJson.body(a.event());
      long timestamp = clock.instant().getEpochSecond();
      String secret = secrets.open(a.sealed(), context(a.centreId()));
      try (Response r =
          client()
              .target(a.url())
              .request()
              .header("webhook-id", a.event().id())
              .header("webhook-timestamp", timestamp)
              .header(
                  "webhook-signature",
                  WebhookSignature.sign(secret, a.event().id(), timestamp, body))
              .header("User-Agent", "bksb-bridge")
              .post(Entity.entity(body, MediaType.APPLICATION_JSON_TYPE))) {
        status = r.getStatus();
        error = "the receiver answered HTTP " + status;
      } catch (ProcessingException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        error = "no answer: " + cause.getClass().getSimpleName() + ": " + cause.getMessage();
      }
    }
    dispatch
        .settle(deliveryId, status, error)
        .ifPresent(
            why ->
                alerts.raise(
                    a.centreId(),
                    AlertKind.WEBHOOK_DISABLED,
                    "webhook " + a.webhookId() + " (" + a.url() + ") was disabled: " + why));
    return true;
  }

  private synchronized Client client() {
    if (client == null) {
      client =
          new JerseyClientBuilder()
              .property(ClientProperties.CONNECT_TIMEOUT, CONNECT_TIMEOUT_MS)
              .property(ClientProperties.READ_TIMEOUT, READ_TIMEOUT_MS)
              // A redirect could lead past the URL rules: a 3xx is a failed attempt.
              .property(ClientProperties.FOLLOW_REDIRECTS, false)
              .build();
    }
    return client;
  }

  @PreDestroy
  synchronized void close() {
    if (client != null) {
      client.close();
    }
  }
}
