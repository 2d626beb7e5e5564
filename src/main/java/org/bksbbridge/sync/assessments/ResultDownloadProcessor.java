package org.bksbbridge.sync.assessments;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.bksbbridge.bksb.BksbApiException;
import org.bksbbridge.bksb.BksbClient;
import org.bksbbridge.bksb.BksbClients;
import org.bksbbridge.sync.users.AccountFailures;

/**
 * Downloads a learner's new and changed results. bksb errors are sorted: transient ones make the
 * chunk retry, the rest skip the learner. An account whose keys are rejected, or that bksb leaves
 * unanswered {@code accountOutageLimit} times in a row, fails for this run ({@link
 * AccountFailures}): its other learners are skipped without calling bksb again, and the other
 * accounts go on.
 */
@Dependent
@Named("resultDownloadProcessor")
public class ResultDownloadProcessor implements ItemProcessor {
  @Inject
  @BatchProperty(name = "recordsPerPage")
  String recordsPerPage;

  @Inject
  @BatchProperty(name = "full")
  String full;

  /**
   * How many times in a row bksb may be unavailable for one account (each time after the client's
   * own retries) before the account counts as failed for this run and its learners are skipped.
   */
  @Inject
  @BatchProperty(name = "accountOutageLimit")
  String accountOutageLimit;

  @Inject ResultDownloader downloader;
  @Inject LinkedLearners learners;
  @Inject BksbClients clients;
  @Inject JobContext job;
  @Inject AccountFailures failures;

  private Map<Long, BksbClient> byAccount;

  /** Unavailable outcomes in a row per account; the chunk's retries come back to this processor. */
  private final Map<Long, Integer> outages = new HashMap<>();

  @Override
  public Object processItem(Object item) {
    LearnerToFetch l = (LearnerToFetch) item;
    failures.check(l.accountId());
    try {
      Object done =
          downloader.download(
              client(l.accountId()),
              l,
              Integer.parseInt(recordsPerPage),
              Boolean.parseBoolean(full));
      outages.remove(l.accountId());
      return done;
    } catch (BksbApiException e) {
      throw sorted(l, e);
    }
  }

  private RuntimeException sorted(LearnerToFetch l, BksbApiException e) {
    return switch (e.kind()) {
      case REFUSED_CREDENTIALS -> failures.fail(l.accountId(), e.getMessage());
      case RATE_LIMITED, TRANSIENT, UNAVAILABLE -> {
        int inARow = outages.merge(l.accountId(), 1, Integer::sum);
        if (inARow >= Integer.parseInt(accountOutageLimit)) {
          yield failures.fail(
              l.accountId(),
              "bksb did not answer for this account " + inARow + " times: " + e.getMessage());
        }
        yield new BksbUnavailableException(e.getMessage(), e);
      }
      case REJECTED_REQUEST, UNEXPECTED_ANSWER -> new LearnerSkippedException(e.getMessage(), e);
    };
  }

  private BksbClient client(long accountId) {
    if (byAccount == null) {
      byAccount = new HashMap<>();
      // The top-level execution's id, in a partition too (JBeret and Liberty alike).
      long execution = job.getExecutionId();
      learners
          .centres(null)
          .values()
          .forEach(
              c -> byAccount.putIfAbsent(c.accountId(), clients.forJob(c.connection(), execution)));
    }
    return byAccount.get(accountId);
  }
}
