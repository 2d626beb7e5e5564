package org.bksbbridge.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The feed's one counter row: the next position to give, and the highest position retention has
 * deleted. Locked by the sequencer while it positions events, so two servers never give one
 * position twice.
 */
@Entity
@Table(name = "mis_event_sequence")
public class EventSequence {
  static final String FEED = "feed";

  @Id
  @Column(name = "id", length = 16)
  private String id;

  @Column(name = "next_position", nullable = false)
  private long nextPosition;

  @Column(name = "purged_through", nullable = false)
  private long purgedThrough;

  protected EventSequence() {}

  EventSequence(String id) {
    this.id = id;
    this.nextPosition = 1;
  }

  /** The next position, taken. */
  long take() {
    return nextPosition++;
  }

  /** The highest position given so far (0: none). */
  long lastGiven() {
    return nextPosition - 1;
  }

  long purgedThrough() {
    return purgedThrough;
  }

  void purgedThrough(long position) {
    purgedThrough = Math.max(purgedThrough, position);
  }
}
