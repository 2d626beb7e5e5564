package org.bksbbridge.alerts;

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

/**
 * One open (or resolved) alert of a centre and kind: the latest detail, how often it happened, how
 * many of those no email has told of yet, and when it was last emailed.
 */
@Entity
@Table(
    name = "alert",
    indexes = {
      @Index(name = "ix_alert_centre", columnList = "centre_id,status,kind"),
      @Index(name = "ix_alert_status", columnList = "status,emailed_at")
    })
@NamedQuery(
    name = "Alert.openOf",
    query = "select a from Alert a where a.centreId = :c and a.kind = :k and a.status = :open")
@NamedQuery(
    name = "Alert.ofCentre",
    query =
        "select a from Alert a where a.centreId = :c and (a.status = :open or a.lastAt >= :since)"
            + " order by a.lastAt desc, a.id desc")
@NamedQuery(
    name = "Alert.lastEmailed",
    query = "select max(a.emailedAt) from Alert a where a.centreId = :c and a.kind = :k")
@NamedQuery(
    name = "Alert.unsentBefore",
    query =
        "select a from Alert a where a.status = :open and a.unsent > 0 and a.emailedAt < :before"
            + " order by a.id")
public class Alert {
  /** Open until the condition clears or a person resolves it. */
  public enum Status {
    OPEN,
    RESOLVED
  }

  static final int DETAIL_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "alertIds")
  @TableGenerator(name = "alertIds", table = "id_sequence", allocationSize = 10)
  private Long id;

  @Column(name = "centre_id", length = 32, nullable = false)
  private String centreId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 40, nullable = false)
  private AlertKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  private Status status;

  /** What happened, the latest time. */
  @Column(name = "detail", length = DETAIL_MAX, nullable = false)
  private String detail;

  @Column(name = "first_at", nullable = false)
  private Instant firstAt;

  @Column(name = "last_at", nullable = false)
  private Instant lastAt;

  @Column(name = "occurrences", nullable = false)
  private int occurrences;

  /** Occurrences since the last email: told of by the next one. */
  @Column(name = "unsent", nullable = false)
  private int unsent;

  @Column(name = "emailed_at")
  private Instant emailedAt;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "resolved_by", length = 256)
  private String resolvedBy;

  protected Alert() {}

  Alert(String centreId, AlertKind kind, String detail, Instant now) {
    this.centreId = centreId;
    this.kind = kind;
    this.status = Status.OPEN;
    this.detail = clip(detail);
    this.firstAt = now;
    this.lastAt = now;
    this.occurrences = 1;
    this.unsent = 1;
  }

  private static String clip(String s) {
    return s.length() <= DETAIL_MAX ? s : s.substring(0, DETAIL_MAX - 1) + "…";
  }

  /** It happened again. */
  void again(String detail, Instant now) {
    this.detail = clip(detail);
    this.lastAt = now;
    this.occurrences++;
    this.unsent++;
  }

  /** An email tells of everything so far. */
  void emailed(Instant now) {
    this.emailedAt = now;
    this.unsent = 0;
  }

  /** Counts its quiet period from another alert's email of the same centre and kind. */
  void quietSince(Instant emailed) {
    this.emailedAt = emailed;
  }

  void resolve(String by, Instant now) {
    this.status = Status.RESOLVED;
    this.resolvedBy = by;
    this.resolvedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getCentreId() {
    return centreId;
  }

  public AlertKind getKind() {
    return kind;
  }

  public Status getStatus() {
    return status;
  }

  public String getDetail() {
    return detail;
  }

  public Instant getFirstAt() {
    return firstAt;
  }

  public Instant getLastAt() {
    return lastAt;
  }

  public int getOccurrences() {
    return occurrences;
  }

  public int getUnsent() {
    return unsent;
  }

  public Instant getEmailedAt() {
    return emailedAt;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }

  public String getResolvedBy() {
    return resolvedBy;
  }
}
