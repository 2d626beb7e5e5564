package org.bksbbridge.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends the outbox: an email queued by a request at once (on the managed executor, after the
 * request's commit), and every due one on a fixed delay ({@code bksb.mail.pollSeconds}, see {@link
 * OutboxStarter}), so that failures are retried with exponential backoff ({@code
 * bksb.mail.retrySeconds}, doubling, at most {@code bksb.mail.maxAttempts} attempts) and a job's
 * emails go out. Each attempt is claimed in the database first, so servers sharing it send an email
 * once.
 */
@ApplicationScoped
public class OutboxSender {
  private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

  /** How long an attempt holds its email: longer than any SMTP timeout of the session. */
  static final Duration LEASE = Duration.ofMinutes(5);

  static final Duration MAX_WAIT = Duration.ofHours(6);
  private static final int BATCH = 50;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService executor;

  @Inject Outbox outbox;
  @Inject LoginDetails details;
  @Inject jakarta.enterprise.inject.Instance<AlertMails> alerts;
  @Inject MailSessions sessions;
  @Inject Clock clock;

  /** Sends the email soon, on another thread: the caller has committed it. */
  public void sendSoon(long id) {
    if (executor != null) {
      executor.execute(() -> attemptQuietly(id));
    }
  }

  /** One attempt at each due email; a failed attempt does not hold up the others. */
  void sendDue() {
    for (long id : outbox.due(BATCH)) {
      attemptQuietly(id);
    }
  }

  private void attemptQuietly(long id) {
    try {
      attempt(id);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "outbox email " + id + ": the attempt could not be recorded", e);
    }
  }

  /** One attempt at one email, if it is due and nobody else has taken it. */
  public void attempt(long id) {
    Optional<OutboxEmail> claimed = outbox.claim(id, clock.instant().plus(LEASE));
    if (claimed.isEmpty()) {
      return;
    }
    OutboxEmail e = claimed.get();
    var session = sessions.current();
    if (!MailSender.configured(session)) {
      outbox.notSent(id, MailSender.NO_SMTP);
      return;
    }
    LoginDetails.Prepared mail;
    try {
      mail =
          e.getAlertId() == null
              ? details.prepare(e, signInUrl())
              : new LoginDetails.Prepared(alerts.get().prepare(e), null);
    } catch (IllegalStateException cannot) {
      outbox.failed(id, cannot.getMessage(), null);
      return;
    }
    MailSender.Result r = MailSender.send(session, mail.mail(), mail.password());
    if (r.status() == OutboxStatus.SENT) {
      outbox.sent(id);
      return;
    }
    int attempts = e.getAttempts() + 1;
    int max =
        Math.max(1, config().getOptionalValue("bksb.mail.maxAttempts", Integer.class).orElse(5));
    if (attempts >= max) {
      outbox.failed(id, "gave up after " + attempts + " attempts: " + r.reason(), null);
    } else {
      outbox.failed(id, r.reason(), clock.instant().plus(backoff(attempts, retry())));
    }
  }

  /** The wait after the n-th failed attempt: the base, doubling, at most {@link #MAX_WAIT}. */
  static Duration backoff(int attempts, Duration base) {
    Duration wait = base.multipliedBy(1L << Math.min(attempts - 1, 20));
    return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
  }

  private Duration retry() {
    return Duration.ofSeconds(
        Math.max(1, config().getOptionalValue("bksb.mail.retrySeconds", Long.class).orElse(60L)));
  }

  private String signInUrl() {
    return config()
        .getOptionalValue("bksb.mail.signInUrl", String.class)
        .orElse(LoginDetails.DEFAULT_SIGN_IN);
  }

  /** Read at each use: server variables changed in a config dropin count from the next email. */
  static Config config() {
    return ConfigProvider.getConfig();
  }
}
