package org.bksbbridge.sync.claims;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A bksb account held by one running sync job. The account id is the key, so a second job's insert
 * for the same account fails, on any server: the database is the lock.
 */
@Entity
@Table(name = "sync_claim")
public class SyncClaim {
  @Id
  @Column(name = "account_id")
  private long accountId;

  @Column(name = "execution_id", nullable = false)
  private long executionId;

  @Column(name = "job_instance_id", nullable = false)
  private long jobInstanceId;

  @Column(name = "job_name", length = 60, nullable = false)
  private String jobName;

  @Column(name = "claimed_at", nullable = false)
  private Instant claimedAt;

  /** Moved on after every chunk: a claim left by a killed server goes stale. */
  @Column(name = "heartbeat_at", nullable = false)
  private Instant heartbeatAt;

  protected SyncClaim() {}

  SyncClaim(long accountId, long executionId, long jobInstanceId, String jobName, Instant now) {
    this.accountId = accountId;
    this.executionId = executionId;
    this.jobInstanceId = jobInstanceId;
    this.jobName = jobName;
    this.claimedAt = now;
    this.heartbeatAt = now;
  }

  long accountId() {
    return accountId;
  }

  long executionId() {
    return executionId;
  }

  long jobInstanceId() {
    return jobInstanceId;
  }

  String jobName() {
    return jobName;
  }

  Instant heartbeatAt() {
    return heartbeatAt;
  }
}
