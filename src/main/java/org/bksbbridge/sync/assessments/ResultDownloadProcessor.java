package org.bksbbridge.sync.assessments;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.bksbbridge.bksb.BksbApiException;
import org.bksbbridge.bksb.BksbClient;
import org.bksbbridge.bksb.BksbClients;

/**
 * Downloads a learner's new and changed results. bksb errors are sorted: transient ones make the
 * chunk retry, the rest skip the learner; once an account's keys are rejected, its other learners
 * are skipped without calling bksb again.
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

  @Inject ResultDownloader downloader;
  @Inject LinkedLearners learners;
  @Inject BksbClients clients;

  private Map<Long, BksbClient> byAccount;
  private final Set<Long> rejected = new HashSet<>();

  @Override
  public Object processItem(Object item) {
    LearnerToFetch l = (LearnerToFetch) item;
    if (rejected.contains(l.accountId())) {
      throw new LearnerSkippedException("bksb rejected the access key of this centre", null);
    }
    try {
      return downloader.download(
          client(l.accountId()), l, Integer.parseInt(recordsPerPage), Boolean.parseBoolean(full));
    } catch (BksbApiException e) {
      throw sorted(l, e);
    }
  }

  private RuntimeException sorted(LearnerToFetch l, BksbApiException e) {
    if (e.credentialsRejected()) {
      rejected.add(l.accountId());
      return new LearnerSkippedException(e.getMessage(), e);
    }
    int s = e.status();
    if (s == 0 || s == 408 || s == 429 || s >= 500) {
      return new BksbUnavailableException(e.getMessage(), e);
    }
    return new LearnerSkippedException(e.getMessage(), e);
  }

  private BksbClient client(long accountId) {
    if (byAccount == null) {
      byAccount = new HashMap<>();
      learners
          .centres(null)
          .values()
          .forEach(c -> byAccount.putIfAbsent(c.accountId(), clients.client(c.connection())));
    }
    return byAccount.get(accountId);
  }
}
