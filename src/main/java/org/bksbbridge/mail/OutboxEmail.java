package org.bksbbridge.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;

/**
 * One email to send: whom, about what, and how sending went. Never the body: a login email's body
 * holds the centre's default password, put in only while it is sent.
 */
@Entity
@Table(
    name = "mail_outbox",
    indexes = {
      // The sender asks for the due rows; finished ones have no next attempt.
      @Index(name = "ix_outbox_next", columnList = "next_attempt_at"),
      @Index(name = "ix_outbox_centre", columnList = "centre_id,id")
    })
public class OutboxEmail {
  static final int REASON_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "outboxIds")
  @TableGenerator(name = "outboxIds", table = "id_sequence", allocationSize = 50)
  private Long id;

  @Column(name = "centre_id", length = 32, nullable = false)
  private String centreId;

  /** The learner a login email is for; none for an alert. */
  @Column(name = "learner_id")
  private Long learnerId;

  @Column(name = "learner_reference", length = 50)
  private String learnerReference;

  /** The alert an alert email tells of; none for a login email. */
  @Column(name = "alert_id")
  private Long alertId;

  @Column(name = "recipient", length = 254, nullable = false)
  private String recipient;

  @Column(name = "subject", length = 200, nullable = false)
  private String subject;

  /** The bksb user name the login details are for. */
  @Column(name = "bksb_username", length = 200)
  private String bksbUsername;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  private OutboxStatus status;

  @Column(name = "reason", length = REASON_MAX)
  private String reason;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_attempt_at")
  private Instant lastAttemptAt;

  /** When the sender tries (again); null once sent, not sent or given up. */
  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected OutboxEmail() {}

  OutboxEmail(
      String centreId,
      long learnerId,
      String learnerReference,
      String recipient,
      String subject,
      String bksbUsername,
      Instant now) {
    this.centreId = centreId;
    this.learnerId = learnerId;
    this.learnerReference = learnerReference;
    this.recipient = recipient;
    this.subject = subject;
    this.bksbUsername = bksbUsername;
    this.status = OutboxStatus.QUEUED;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  /** An alert email to one of the centre's alert addresses: made from the alert when sent. */
  static OutboxEmail alert(
      String centreId, long alertId, String recipient, String subject, Instant now) {
    OutboxEmail e = new OutboxEmail();
    e.centreId = centreId;
    e.alertId = alertId;
    e.recipient = recipient;
    e.subject = subject;
    e.status = OutboxStatus.QUEUED;
    e.createdAt = now;
    e.nextAttemptAt = now;
    return e;
  }

  public Long getAlertId() {
    return alertId;
  }

  void sent(Instant at) {
    status = OutboxStatus.SENT;
    reason = null;
    attempts++;
    lastAttemptAt = at;
    sentAt = at;
    nextAttemptAt = null;
  }

  /**
   * @param next when to try again, or null to give up
   */
  void failed(Instant at, String why, Instant next) {
    status = OutboxStatus.FAILED;
    reason = clip(why);
    attempts++;
    lastAttemptAt = at;
    nextAttemptAt = next;
  }

  void notSent(Instant at, String why) {
    status = OutboxStatus.NOT_SENT;
    reason = clip(why);
    lastAttemptAt = at;
    nextAttemptAt = null;
  }

  private static String clip(String s) {
    return s == null || s.length() <= REASON_MAX ? s : s.substring(0, REASON_MAX - 3) + "...";
  }

  public Long getId() {
    return id;
  }

  public String getCentreId() {
    return centreId;
  }

  public Long getLearnerId() {
    return learnerId;
  }

  public String getLearnerReference() {
    return learnerReference;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBksbUsername() {
    return bksbUsername;
  }

  public OutboxStatus getStatus() {
    return status;
  }

  public String getReason() {
    return reason;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastAttemptAt() {
    return lastAttemptAt;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
