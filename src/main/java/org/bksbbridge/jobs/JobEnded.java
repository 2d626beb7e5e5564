package org.bksbbridge.jobs;

/**
 * A run ended (a CDI event, fired in the transaction that records its end): for those who act on
 * outcomes, such as alerts.
 *
 * @param centreId the centre it worked for; null: every centre
 * @param outcome COMPLETED, FAILED or STOPPED
 */
public record JobEnded(
    String jobName,
    long executionId,
    String centreId,
    String outcome,
    String exitStatus,
    java.time.Instant startedAt,
    java.time.Instant endedAt) {

  /** A start the job's own checks refused (a busy account, bad parameters): nobody's failure. */
  public boolean refused() {
    return exitStatus != null && exitStatus.startsWith(JobService.REFUSED);
  }
}
