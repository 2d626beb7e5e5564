package org.bksbbridge.webhooks;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.bksbbridge.server.RepeatingTask;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code bksb.webhooks.pollMillis}: each active webhook's deliveries are made from the feed,
 * then every due delivery is attempted (claimed first: each server sends what it claims, and a
 * delivery once). Hourly, settled deliveries older than the events' retention are forgotten.
 */
@WebListener
public class WebhookRounds extends RepeatingTask {
  private static final Logger LOG = Logger.getLogger(WebhookRounds.class.getName());

  static final int FAN_OUT_BATCH = 500;
  static final int SEND_BATCH = 100;

  @Inject WebhookRepository webhooks;
  @Inject WebhookDeliveryRepository deliveries;
  @Inject WebhookDispatch dispatch;
  @Inject WebhookSender sender;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "bksb.webhooks.pollMillis", defaultValue = "2000")
  long every;

  @Inject
  @ConfigProperty(name = "bksb.events.keepDays", defaultValue = "30")
  int keepDays;

  private Instant nextSweep = Instant.MIN;

  public WebhookRounds() {
    super(LOG);
  }

  @Override
  protected Rounds rounds() {
    return Rounds.after(every, Math.max(200, every), TimeUnit.MILLISECONDS);
  }

  @Override
  protected void round() {
    send(webhooks, deliveries, dispatch, sender, clock);
    Instant now = clock.instant();
    if (keepDays > 0 && now.isAfter(nextSweep)) {
      dispatch.forgetBefore(now.minus(Duration.ofDays(keepDays)));
      nextSweep = now.plus(Duration.ofHours(1));
    }
  }

  /** One round: fan out, then attempt what is due. How many attempts this server made. */
  public static int send(
      WebhookRepository webhooks,
      WebhookDeliveryRepository deliveries,
      WebhookDispatch dispatch,
      WebhookSender sender,
      Clock clock) {
    for (long id : webhooks.active()) {
      while (dispatch.fanOut(id, FAN_OUT_BATCH) == FAN_OUT_BATCH) {
        // a bulk run's events: on until the feed's end
      }
    }
    int attempts = 0;
    // Due as of after the fan-out: what it just made is due now.
    for (long id : deliveries.due(clock.instant(), SEND_BATCH)) {
      if (sender.attempt(id)) {
        attempts++;
      }
    }
    return attempts;
  }

  @Override
  protected String failure() {
    return "delivering webhooks failed (tried again in a moment)";
  }
}
