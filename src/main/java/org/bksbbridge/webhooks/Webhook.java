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
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A centre's subscription to some of its event types at a URL, signed with its secret (sealed), and
 * how far the feed has been fanned out to it.
 */
@Entity
@Table(name = "webhook", indexes = @Index(name = "ix_webhook_centre", columnList = "centre_id,id"))
@NamedQuery(
    name = "Webhook.ofCentre",
    query = "select w from Webhook w where w.centreId = :c order by w.id")
@NamedQuery(
    name = "Webhook.active",
    query = "select w.id from Webhook w where w.status = :active order by w.id")
@NamedQuery(
    name = "Webhook.countOfCentre",
    query = "select count(w) from Webhook w where w.centreId = :c")
public class Webhook {
  /** Delivered to while active; disabled by failing too long (or by hand, later). */
  public enum Status {
    ACTIVE,
    DISABLED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "webhookIds")
  @TableGenerator(name = "webhookIds", table = "id_sequence", allocationSize = 10)
  private Long id;

  @Column(name = "centre_id", length = 32, nullable = false)
  private String centreId;

  @Column(name = "url", length = 1000, nullable = false)
  private String url;

  /** The wire names of its event types, comma-separated. */
  @Column(name = "event_types", length = 400, nullable = false)
  private String eventTypes;

  @Column(name = "secret_sealed", length = 500, nullable = false)
  private String secretSealed;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  private Status status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", length = 256)
  private String createdBy;

  /** The feed position up to which its deliveries are made. */
  @Column(name = "fanned_through", nullable = false)
  private long fannedThrough;

  /** Since when every attempt failed; null while the last one succeeded. */
  @Column(name = "failing_since")
  private Instant failingSince;

  @Column(name = "status_reason", length = 500)
  private String statusReason;

  /** Events a request at most: 1, or {@link #BATCH} for a subscription that asked for batches. */
  @Column(name = "batch_max", nullable = false)
  private int batchMax = 1;

  static final int BATCH = 100;

  protected Webhook() {}

  Webhook(
      String centreId,
      String url,
      List<String> types,
      String secretSealed,
      Instant at,
      String by,
      long from,
      boolean batch) {
    this.centreId = centreId;
    this.url = url;
    this.eventTypes = String.join(",", types);
    this.secretSealed = secretSealed;
    this.status = Status.ACTIVE;
    this.createdAt = at;
    this.createdBy = by;
    this.fannedThrough = from;
    this.batchMax = batch ? BATCH : 1;
  }

  boolean wants(String type) {
    return types().contains(type);
  }

  void fannedThrough(long position) {
    fannedThrough = Math.max(fannedThrough, position);
  }

  void secret(String sealed) {
    this.secretSealed = sealed;
  }

  /** An attempt succeeded. */
  void answered() {
    failingSince = null;
  }

  /** An attempt failed at {@code at}; since when it fails. */
  Instant failing(Instant at) {
    if (failingSince == null) {
      failingSince = at;
    }
    return failingSince;
  }

  void disable(String why) {
    status = Status.DISABLED;
    statusReason = why;
  }

  void enable() {
    status = Status.ACTIVE;
    statusReason = null;
    failingSince = null;
  }

  public Long getId() {
    return id;
  }

  public String getCentreId() {
    return centreId;
  }

  public String getUrl() {
    return url;
  }

  public List<String> types() {
    return Arrays.asList(eventTypes.split(","));
  }

  String getSecretSealed() {
    return secretSealed;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  long getFannedThrough() {
    return fannedThrough;
  }

  public Instant getFailingSince() {
    return failingSince;
  }

  public int getBatchMax() {
    return batchMax;
  }

  public String getStatusReason() {
    return statusReason;
  }
}
