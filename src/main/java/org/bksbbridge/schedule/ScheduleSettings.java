package org.bksbbridge.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalTime;

/** The one stored schedule (id 1); until someone saves one, configuration gives the defaults. */
@Entity
@Table(name = "sync_schedule")
public class ScheduleSettings {
  static final int ID = 1;

  @Id private int id = ID;

  /** Null: no nightly run. */
  @Column(name = "nightly_at")
  private LocalTime nightlyAt;

  /** 0: no incremental run. */
  @Column(name = "incremental_minutes", nullable = false)
  private int incrementalMinutes;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by", length = 100)
  private String updatedBy;

  protected ScheduleSettings() {}

  ScheduleSettings(LocalTime nightlyAt, int incrementalMinutes) {
    this.nightlyAt = nightlyAt;
    this.incrementalMinutes = incrementalMinutes;
  }

  void change(LocalTime nightly, int minutes, Instant at, String by) {
    nightlyAt = nightly;
    incrementalMinutes = minutes;
    updatedAt = at;
    updatedBy = by;
  }

  public LocalTime getNightlyAt() {
    return nightlyAt;
  }

  public int getIncrementalMinutes() {
    return incrementalMinutes;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }
}
