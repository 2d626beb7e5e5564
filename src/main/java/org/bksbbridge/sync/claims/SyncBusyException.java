package org.bksbbridge.sync.claims;

import java.util.Map;
import org.bksbbridge.refusal.Refusal;

/** A sync job may not start: another one holds one of its bksb accounts (a conflict). */
public class SyncBusyException extends Refusal {
  private final long executionId;

  public SyncBusyException(String jobName, long executionId, long accountId) {
    super(
        Kind.CONFLICT,
        jobName
            + " execution "
            + executionId
            + " is running for bksb account "
            + accountId
            + ": wait for it to end, or stop it",
        Map.of());
    this.executionId = executionId;
  }

  /** The running execution that holds the account. */
  public long executionId() {
    return executionId;
  }
}
