package org.bksbbridge.sync.users;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bksbbridge.bksb.BksbApiException;
import org.bksbbridge.jobs.SkippedRowStore;

/**
 * The bksb accounts that failed in this run, for a processor that calls bksb (one instance per
 * partition). An account whose keys bksb refuses, or that bksb leaves unanswered past the client's
 * retries, fails for the rest of the run: its centres' items are skipped without calling bksb again
 * ({@link AccountFailedException}), and the other accounts go on. Accounts an earlier step of this
 * execution failed count as failed from the start; a restart tries every account again.
 */
@Dependent
public class AccountFailures {
  @Inject JobContext job;
  @Inject SkippedRowStore skipped;
  @Inject AccountDirectory directory;

  /** Why each failed account failed, and whether that is recorded already. */
  private Map<Long, AccountFailedException> failed;

  private Map<Long, List<String>> centres;

  /**
   * In the caller's transaction (the chunk's), on first use.
   *
   * @throws AccountFailedException when the account failed earlier in this run
   */
  public void check(long accountId) {
    AccountFailedException f = failed().get(accountId);
    if (f != null) {
      // A fresh exception per item: each skipped item gets its own.
      throw new AccountFailedException(
          accountId, centresOf(accountId), f.getMessage(), f.recorded());
    }
  }

  /**
   * bksb's answer to a call with the account, after the client's retries: the account's failure
   * (from now on for the run) when the answer is about the account as a whole, else {@code e}.
   */
  public RuntimeException sorted(long accountId, BksbApiException e) {
    return e.accountWide() ? fail(accountId, e.getMessage()) : e;
  }

  /** The account fails for the rest of the run, because {@code why}: throw what this returns. */
  public AccountFailedException fail(long accountId, String why) {
    failed().put(accountId, new AccountFailedException(accountId, List.of(), why, false));
    return new AccountFailedException(accountId, centresOf(accountId), why, false);
  }

  private Map<Long, AccountFailedException> failed() {
    if (failed == null) {
      failed = new HashMap<>();
      skipped
          .failedUnits(job.getInstanceId(), job.getExecutionId())
          .values()
          .forEach(
              u ->
                  failed.put(
                      u.unitId(),
                      new AccountFailedException(
                          u.unitId(),
                          List.of(),
                          "failed earlier in this run: " + u.reason(),
                          true)));
    }
    return failed;
  }

  private List<String> centresOf(long accountId) {
    if (centres == null) {
      centres = new HashMap<>();
      directory.enabledAccounts().forEach(a -> centres.put(a.id(), a.centreIds()));
    }
    return centres.getOrDefault(accountId, List.of());
  }
}
