package org.bksbbridge.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * When the schedule first ran on this database (id 1), written once by the first server to tick. A
 * nightly run due before it was never missed: a new database has nothing to catch up.
 */
@Entity
@Table(name = "sync_schedule_origin")
public class ScheduleOrigin {
  static final int ID = 1;

  @Id private int id = ID;

  @Column(name = "first_started_at", nullable = false)
  private Instant firstStartedAt;

  protected ScheduleOrigin() {}

  ScheduleOrigin(Instant firstStartedAt) {
    this.firstStartedAt = firstStartedAt;
  }

  public Instant getFirstStartedAt() {
    return firstStartedAt;
  }
}
