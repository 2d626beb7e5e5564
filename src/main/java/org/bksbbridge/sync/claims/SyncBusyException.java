package org.bksbbridge.sync.claims;

/** A sync job may not start: another one holds one of its bksb accounts. */
public class SyncBusyException extends RuntimeException {
  private final long executionId;

  public SyncBusyException(String jobName, long executionId, long accountId) {
    super(
        jobName
            + " execution "
            + executionId
            + " is running for bksb account "
            + accountId
            + ": wait for it to end, or stop it");
    this.executionId = executionId;
  }

  /** The running execution that holds the account. */
  public long executionId() {
    return executionId;
  }
}
