package org.bksbbridge.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A scheduled run claimed by one server. The key names the run and its minute ({@code
 * nightly@2026-11-24T02:00}), so a second server's insert for the same run fails and it stands
 * aside: the database is the lock.
 */
@Entity
@Table(name = "sync_schedule_claim")
public class ScheduleClaim {
  @Id
  @Column(name = "slot", length = 60)
  private String slot;

  @Column(name = "server", length = 200, nullable = false)
  private String server;

  @Column(name = "claimed_at", nullable = false)
  private Instant claimedAt;

  @Column(name = "execution_id")
  private Long executionId;

  @Column(name = "outcome", length = 500)
  private String outcome;

  protected ScheduleClaim() {}

  ScheduleClaim(String slot, String server, Instant claimedAt) {
    this.slot = slot;
    this.server = server;
    this.claimedAt = claimedAt;
  }

  void started(Long executionId, String outcome) {
    this.executionId = executionId;
    this.outcome = outcome;
  }

  public String getSlot() {
    return slot;
  }

  public String getServer() {
    return server;
  }

  public Instant getClaimedAt() {
    return claimedAt;
  }

  public Long getExecutionId() {
    return executionId;
  }

  public String getOutcome() {
    return outcome;
  }
}
