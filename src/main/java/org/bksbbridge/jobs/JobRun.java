package org.bksbbridge.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One execution of one of our jobs, however it was started, as the jobs console lists it: the batch
 * runtime can list executions only instance by instance, and knows nothing of centres. Written by
 * {@link JobRunListener}; a status left running by a server that died is corrected from the batch
 * runtime when the list is read.
 */
@Entity
@Table(
    name = "job_run",
    indexes = {
      @Index(name = "job_run_started", columnList = "started_at"),
      @Index(name = "job_run_centre", columnList = "centre_id"),
      @Index(name = "job_run_instance", columnList = "instance_id")
    })
public class JobRun {
  static final int EXIT_MAX = 500;
  static final int SINCE_MAX = 64;

  @Id
  @Column(name = "execution_id")
  private long executionId;

  @Column(name = "instance_id", nullable = false)
  private long instanceId;

  @Column(name = "job_name", length = 60, nullable = false)
  private String jobName;

  /** Null: the run works for every centre. */
  @Column(name = "centre_id", length = 32)
  private String centreId;

  @Column(name = "started_by", length = 256)
  private String startedBy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "batch_status", length = 20, nullable = false)
  private String batchStatus;

  @Column(name = "exit_status", length = EXIT_MAX)
  private String exitStatus;

  /**
   * The {@code since} parameter of an incremental sync run, which looks only at learners linked or
   * changed since then; null for a full run. "Results as of" counts full runs only.
   */
  @Column(name = "since_param", length = SINCE_MAX)
  private String since;

  /** The server that ran it (null for runs recorded before servers were). */
  @Column(name = "server", length = 200)
  private String server;

  /** A stop asked on another server, for the server running it to carry out. */
  @Column(name = "stop_requested_at")
  private Instant stopRequestedAt;

  /**
   * A restart of this run under way since then (or made, see {@link #restartedAs}): of callers
   * restarting the run at once, on any server, the one whose update set it restarts it.
   */
  @Column(name = "restart_claimed_at")
  private Instant restartClaimedAt;

  /** The execution this run was restarted as through the API; null: not restarted so. */
  @Column(name = "restarted_as")
  private Long restartedAs;

  protected JobRun() {}

  JobRun(
      long executionId,
      long instanceId,
      String jobName,
      String centreId,
      String startedBy,
      Instant startedAt,
      String since) {
    this.executionId = executionId;
    this.instanceId = instanceId;
    this.jobName = jobName;
    this.centreId = centreId;
    this.startedBy = startedBy;
    this.startedAt = startedAt;
    this.batchStatus = "STARTED";
    this.since =
        since == null || since.length() <= SINCE_MAX ? since : since.substring(0, SINCE_MAX);
  }

  void ranOn(String serverName) {
    this.server = serverName;
  }

  void stopRequested(Instant at) {
    stopRequestedAt = at;
  }

  void restarted(Long as, Instant claimedAt) {
    restartedAs = as;
    restartClaimedAt = claimedAt;
  }

  Long getRestartedAs() {
    return restartedAs;
  }

  void ended(String status, String exit, Instant at) {
    batchStatus = status;
    exitStatus = exit == null || exit.length() <= EXIT_MAX ? exit : exit.substring(0, EXIT_MAX);
    endedAt = at;
  }

  public long getExecutionId() {
    return executionId;
  }

  public long getInstanceId() {
    return instanceId;
  }

  public String getJobName() {
    return jobName;
  }

  public String getCentreId() {
    return centreId;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public String getBatchStatus() {
    return batchStatus;
  }

  public String getExitStatus() {
    return exitStatus;
  }

  public String getSince() {
    return since;
  }

  public String getServer() {
    return server;
  }
}
