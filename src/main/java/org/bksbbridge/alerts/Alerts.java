package org.bksbbridge.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.bksbbridge.mail.Outbox;
import org.bksbbridge.settings.SettingsConnections;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Raises and resolves a centre's alerts, each in a transaction of its own (an alert and its emails
 * are committed together or not at all, and never undo what the caller does), and emails them to
 * the centre's alert addresses through the outbox: at most once per centre and kind in {@code
 * bksb.alerts.quietMinutes}; what happens meanwhile is counted and told of by the next email
 * ({@link AlertWatch}).
 */
@ApplicationScoped
public class Alerts {
  /** Who resolves an alert whose condition cleared. */
  public static final String CLEARED = "bksb-bridge: the condition cleared";

  @Inject AlertRepository alerts;
  @Inject Outbox outbox;
  @Inject SettingsConnections settings;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "bksb.alerts.quietMinutes", defaultValue = "60")
  long quietMinutes;

  /** The centre's alert of the kind happened (again): {@code detail} says what, this time. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void raise(String centreId, AlertKind kind, String detail) {
    Instant now = clock.instant();
    Optional<Alert> open = alerts.openOf(centreId, kind);
    Alert a;
    if (open.isPresent()) {
      a = open.get();
      a.again(detail, now);
    } else {
      a = alerts.add(new Alert(centreId, kind, detail, now));
    }
    Instant lastEmail = alerts.lastEmailed(centreId, kind);
    if (lastEmail == null || !lastEmail.isAfter(now.minus(quiet()))) {
      email(a, now);
    } else if (a.getEmailedAt() == null) {
      // A new alert inside another's quiet period (resolved since): it waits as if emailed then.
      a.quietSince(lastEmail);
    }
  }

  /** Raises the alert unless it is open already: a standing condition, not a new occurrence. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void raiseOnce(String centreId, AlertKind kind, String detail) {
    if (alerts.openOf(centreId, kind).isEmpty()) {
      raise(centreId, kind, detail);
    }
  }

  /** The condition cleared: the centre's open alert of the kind (if any) is resolved. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void resolve(String centreId, AlertKind kind, String by) {
    alerts.openOf(centreId, kind).ifPresent(a -> a.resolve(by, clock.instant()));
  }

  /** Emails what the alert has seen since its last email, to the centre's alert addresses. */
  void email(Alert a, Instant now) {
    var to = settings.alertEmails(a.getCentreId());
    if (!to.isEmpty()) {
      outbox.queueAlert(a.getCentreId(), a.getId(), to, AlertMail.subject(a));
    }
    a.emailed(now);
  }

  Duration quiet() {
    return Duration.ofMinutes(Math.max(0, quietMinutes));
  }
}
