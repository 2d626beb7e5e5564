package org.bksbbridge.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bksbbridge.server.AppMetrics;
import org.eclipse.microprofile.metrics.Tag;

/** The outbox table: queueing, claiming an attempt, recording how it went, listing. */
@ApplicationScoped
public class Outbox {
  /** The subject of a login email (the recipient sees it; it holds nothing secret). */
  public static final String LOGIN_SUBJECT = "Your bksb login details";

  @Inject EntityManager em;
  @Inject Clock clock;
  @Inject AppMetrics metrics;
  @Inject jakarta.enterprise.event.Event<LoginEmailGaveUp> gaveUp;

  /** Queues a learner's login details in the caller's transaction; due at once. */
  @Transactional
  public long queueLoginDetails(
      String centreId, long learnerId, String reference, String recipient, String bksbUsername) {
    OutboxEmail e =
        new OutboxEmail(
            centreId,
            learnerId,
            reference,
            recipient,
            LOGIN_SUBJECT,
            bksbUsername,
            clock.instant());
    em.persist(e);
    em.flush();
    return e.getId();
  }

  /**
   * Queues an alert email to each address in the caller's transaction (so an alert and its emails
   * are committed together or not at all); due at once.
   */
  @Transactional
  public void queueAlert(String centreId, long alertId, List<String> recipients, String subject) {
    Instant now = clock.instant();
    for (String to : recipients) {
      em.persist(OutboxEmail.alert(centreId, alertId, to, subject, now));
    }
  }

  /** The emails due for an attempt now, the longest waiting first. */
  public List<Long> due(int max) {
    return em.createQuery(
            "select o.id from OutboxEmail o where o.nextAttemptAt <= :now"
                + " order by o.nextAttemptAt",
            Long.class)
        .setParameter("now", clock.instant())
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Takes the email's attempt for this server if it is due: its next attempt moves to {@code
   * lease}, so another server (or tick) leaves it alone meanwhile, and takes it again after the
   * lease if this one died while sending. Empty when it is not due or someone else took it.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<OutboxEmail> claim(long id, Instant lease) {
    int taken =
        em.createQuery(
                "update OutboxEmail o set o.nextAttemptAt = :lease"
                    + " where o.id = :id and o.nextAttemptAt <= :now")
            .setParameter("lease", lease)
            .setParameter("id", id)
            .setParameter("now", clock.instant())
            .executeUpdate();
    if (taken != 1) {
      return Optional.empty();
    }
    OutboxEmail e = em.find(OutboxEmail.class, id);
    em.detach(e);
    return Optional.of(e);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void sent(long id) {
    find(id)
        .ifPresent(
            e -> {
              e.sent(clock.instant());
              counted(e, "sent");
            });
  }

  /**
   * @param next when to try again, or null to give up
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(long id, String why, Instant next) {
    find(id)
        .ifPresent(
            e -> {
              e.failed(clock.instant(), why, next);
              counted(e, next == null ? "given_up" : "failed");
              // A login email given up on is a learner without their details: someone must know.
              if (next == null && e.getAlertId() == null) {
                gaveUp.fire(new LoginEmailGaveUp(e.getCentreId(), e.getLearnerReference(), why));
              }
            });
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void notSent(long id, String why) {
    find(id)
        .ifPresent(
            e -> {
              e.notSent(clock.instant(), why);
              counted(e, "not_sent");
            });
  }

  /** bksb_outbox_emails_total{kind, status}: each attempt's outcome. */
  private void counted(OutboxEmail e, String status) {
    metrics.count(
        "bksb.outbox.emails",
        1,
        new Tag("kind", e.getAlertId() == null ? "login" : "alert"),
        new Tag("status", status));
  }

  private Optional<OutboxEmail> find(long id) {
    return Optional.ofNullable(em.find(OutboxEmail.class, id));
  }

  /** A page of a centre's emails, newest first. */
  public List<OutboxEmail> page(String centreId, int first, int max) {
    return em.createQuery(
            "select o from OutboxEmail o where o.centreId = :c order by o.id desc",
            OutboxEmail.class)
        .setParameter("c", centreId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count(String centreId) {
    return em.createQuery("select count(o) from OutboxEmail o where o.centreId = :c", Long.class)
        .setParameter("c", centreId)
        .getSingleResult();
  }
}
