package org.bksbbridge.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;

/**
 * One event for the MIS: written with the change it tells of, positioned in the feed once committed
 * (null until then), deleted after {@code bksb.events.keepDays}.
 */
@Entity
@Table(
    name = "mis_event",
    indexes = {
      @Index(name = "ix_mis_event_feed", columnList = "centre_id,feed_position"),
      @Index(name = "ix_mis_event_position", columnList = "feed_position,id"),
      @Index(name = "ix_mis_event_occurred", columnList = "occurred_at")
    })
@NamedQuery(
    name = "MisEvent.unsequenced",
    query = "select e from MisEvent e where e.position is null order by e.occurredAt, e.id")
@NamedQuery(
    name = "MisEvent.page",
    query =
        "select e from MisEvent e where e.centreId = :c and e.position > :after"
            + " order by e.position")
@NamedQuery(
    name = "MisEvent.lastPositionBefore",
    query = "select max(e.position) from MisEvent e where e.occurredAt < :before")
@NamedQuery(
    name = "MisEvent.purgeThrough",
    query = "delete from MisEvent e where e.position <= :through")
@NamedQuery(
    name = "MisEvent.byIds",
    query = "select e from MisEvent e where e.id in :ids order by e.position")
public class MisEvent {
  /** What the payload may hold: the event's data, JSON. */
  static final int PAYLOAD_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "misEventIds")
  // Results runs write thousands: allocated ids keep the inserts in JDBC batches.
  @TableGenerator(name = "misEventIds", table = "id_sequence", allocationSize = 500)
  private Long id;

  @Column(name = "feed_position")
  private Long position;

  @Column(name = "centre_id", length = 32, nullable = false)
  private String centreId;

  @Column(name = "event_type", length = 40, nullable = false)
  private String type;

  @Column(name = "learner_reference", length = 50)
  private String learnerReference;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "payload", length = PAYLOAD_MAX, nullable = false)
  private String payload;

  protected MisEvent() {}

  MisEvent(String centreId, EventType type, String learnerReference, Instant at, String payload) {
    this.centreId = centreId;
    this.type = type.wire();
    this.learnerReference = learnerReference;
    this.occurredAt = at;
    this.payload = payload;
  }

  void positionAt(long p) {
    this.position = p;
  }

  public Long getId() {
    return id;
  }

  public Long getPosition() {
    return position;
  }

  public String getCentreId() {
    return centreId;
  }

  public String getType() {
    return type;
  }

  public String getLearnerReference() {
    return learnerReference;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getPayload() {
    return payload;
  }
}
