package org.bksbbridge.alerts;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.bksbbridge.server.RepeatingTask;

/**
 * Each minute: the email an alert's quiet period held back goes out, with the count of what
 * happened meanwhile; and each centre whose results no run has downloaded for {@code
 * bksb.alerts.staleHours} gets (or, fresh again, loses) its alert. Every server runs it: the alert
 * rows are locked while emailed, and a second server finds nothing left to send.
 */
@WebListener
public class AlertWatch extends RepeatingTask {
  private static final Logger LOG = Logger.getLogger(AlertWatch.class.getName());

  @Inject AlertRounds rounds;
  @Inject Clock clock;

  public AlertWatch() {
    super(LOG);
  }

  @Override
  protected Rounds rounds() {
    return Rounds.after(1, 1, TimeUnit.MINUTES);
  }

  @Override
  protected void round() {
    int sent = rounds.emailHeldBack(clock.instant());
    if (sent > 0) {
      LOG.info(() -> sent + " alert email(s) held back by the quiet period queued");
    }
    rounds.checkFreshness(clock.instant());
  }

  @Override
  protected String failure() {
    return "the alert watch failed";
  }
}
