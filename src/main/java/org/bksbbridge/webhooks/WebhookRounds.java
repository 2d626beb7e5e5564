package org.bksbbridge.webhooks;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

  /**
   * How long a round goes on sending while more is due: long enough for a bulk run's batches, short
   * enough that a slow receiver does not hold the next fan-out for long.
   */
  static final Duration ROUND_LIMIT = Duration.ofSeconds(10);

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

  /**
   * One round: fan out, then attempt what is due, pass after pass while a pass finds a full list (a
   * bulk run's events are many batches) and the round has time left. How many attempts this server
   * made.
   */
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
    long until = System.nanoTime() + ROUND_LIMIT.toNanos();
    List<Long> due;
    Set<Long> sent;
    do {
      // Due as of after the fan-out: what it just made is due now.
      due = deliveries.due(clock.instant(), SEND_BATCH);
      sent = new HashSet<>();
      for (long id : due) {
        // A batch took others of this list with it: they are not due any more.
        if (!sent.contains(id)) {
          List<Long> done = sender.attempt(id);
          if (!done.isEmpty()) {
            attempts++;
            sent.addAll(done);
          }
        }
      }
      // On while this server sent something: a full list another server is sending is its to send.
    } while (due.size() == SEND_BATCH && !sent.isEmpty() && System.nanoTime() < until);
    return attempts;
  }

  @Override
  protected String failure() {
    return "delivering webhooks failed (tried again in a moment)";
  }
}
