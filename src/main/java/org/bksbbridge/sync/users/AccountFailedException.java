package org.bksbbridge.sync.users;

import java.util.List;

/**
 * One bksb account could not be listed (keys refused, or bksb unreachable past the client's
 * retries). Skippable: the account is recorded as failed and the other accounts carry on.
 */
public class AccountFailedException extends RuntimeException {
  private final long accountId;
  private final List<String> centreIds;

  public AccountFailedException(long accountId, List<String> centreIds, String reason) {
    super(reason);
    this.accountId = accountId;
    this.centreIds = List.copyOf(centreIds);
  }

  public long accountId() {
    return accountId;
  }

  /** "bksb account 3 (DEMO, NORTH)": how the skipped list and the exit status name it. */
  public String label() {
    return "bksb account " + accountId + " (" + String.join(", ", centreIds) + ")";
  }
}
