package org.bksbbridge.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** One event for one webhook: pending until its receiver has it, or given up on. */
@Entity
@Table(
    name = "webhook_delivery",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_delivery_event",
            columnNames = {"webhook_id", "event_id"}),
    indexes = {
      @Index(name = "ix_delivery_due", columnList = "next_attempt_at"),
      @Index(name = "ix_delivery_webhook_due", columnList = "webhook_id,next_attempt_at"),
      @Index(name = "ix_delivery_created", columnList = "created_at")
    })
@NamedQuery(
    name = "WebhookDelivery.due",
    query =
        "select d.id from WebhookDelivery d where d.nextAttemptAt <= :now"
            + " order by d.nextAttemptAt, d.id")
@NamedQuery(
    name = "WebhookDelivery.dueOfWebhook",
    query =
        "select d.id from WebhookDelivery d where d.nextAttemptAt <= :now and d.webhookId = :w"
            + " order by d.nextAttemptAt, d.id")
@NamedQuery(
    name = "WebhookDelivery.claim",
    query =
        "update WebhookDelivery d set d.nextAttemptAt = :lease"
            + " where d.id = :id and d.nextAttemptAt <= :now")
@NamedQuery(
    name = "WebhookDelivery.ofWebhook",
    query = "select d from WebhookDelivery d where d.webhookId = :w order by d.id desc")
@NamedQuery(
    name = "WebhookDelivery.deleteOfWebhook",
    query = "delete from WebhookDelivery d where d.webhookId = :w")
@NamedQuery(
    name = "WebhookDelivery.deleteBefore",
    query = "delete from WebhookDelivery d where d.createdAt < :before and d.nextAttemptAt is null")
public class WebhookDelivery {
  /** Where a delivery stands. */
  public enum Status {
    PENDING,
    DELIVERED,
    FAILED
  }

  static final int ERROR_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "webhookDeliveryIds")
  @TableGenerator(name = "webhookDeliveryIds", table = "id_sequence", allocationSize = 500)
  private Long id;

  @Column(name = "webhook_id", nullable = false)
  private long webhookId;

  @Column(name = "event_id", nullable = false)
  private long eventId;

  @Column(name = "event_type", length = 40, nullable = false)
  private String eventType;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  private Status status;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** When it is next tried (or the lease of the attempt under way); null once settled. */
  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "last_attempt_at")
  private Instant lastAttemptAt;

  /** The receiver's HTTP status; null when it gave none. */
  @Column(name = "last_status")
  private Integer lastStatus;

  @Column(name = "last_error", length = ERROR_MAX)
  private String lastError;

  protected WebhookDelivery() {}

  WebhookDelivery(long webhookId, long eventId, String eventType, Instant at) {
    this.webhookId = webhookId;
    this.eventId = eventId;
    this.eventType = eventType;
    this.status = Status.PENDING;
    this.createdAt = at;
    this.nextAttemptAt = at;
  }

  void attempted(Instant at, Integer httpStatus, String error, Instant next, boolean delivered) {
    attempts++;
    lastAttemptAt = at;
    lastStatus = httpStatus;
    lastError =
        error == null || error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX);
    nextAttemptAt = delivered ? null : next;
    status = delivered ? Status.DELIVERED : next == null ? Status.FAILED : Status.PENDING;
  }

  /** Sent again soon, by a person's request. */
  void again(Instant at) {
    status = Status.PENDING;
    nextAttemptAt = at;
  }

  public Long getId() {
    return id;
  }

  public long getWebhookId() {
    return webhookId;
  }

  public long getEventId() {
    return eventId;
  }

  public String getEventType() {
    return eventType;
  }

  public Status getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant getLastAttemptAt() {
    return lastAttemptAt;
  }

  public Integer getLastStatus() {
    return lastStatus;
  }

  public String getLastError() {
    return lastError;
  }
}
