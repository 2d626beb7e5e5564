package org.bksbbridge.sync.users;

import java.util.List;

/**
 * One bksb account failed for this run (keys refused, or bksb unreachable past the client's
 * retries): the item at hand, and every later one of the account's centres, is skipped without
 * calling bksb, the other accounts carry on. Skippable in every step that calls bksb; {@link
 * AccountSkipListener} records the account and the job's exit status names it.
 */
public class AccountFailedException extends RuntimeException {
  private final long accountId;
  private final List<String> centreIds;
  private final boolean recorded;

  public AccountFailedException(long accountId, List<String> centreIds, String reason) {
    this(accountId, centreIds, reason, false);
  }

  /**
   * @param recorded the failure was recorded before (an earlier step, or the execution a restart
   *     continues): it is not recorded again
   */
  AccountFailedException(long accountId, List<String> centreIds, String reason, boolean recorded) {
    super(reason);
    this.accountId = accountId;
    this.centreIds = List.copyOf(centreIds);
    this.recorded = recorded;
  }

  public long accountId() {
    return accountId;
  }

  public List<String> centreIds() {
    return centreIds;
  }

  boolean recorded() {
    return recorded;
  }

  /** "bksb account 3 (DEMO, NORTH)": how the skipped list and the exit status name it. */
  public String label() {
    return label(accountId, centreIds);
  }

  static String label(long accountId, List<String> centreIds) {
    return "bksb account " + accountId + " (" + String.join(", ", centreIds) + ")";
  }
}
