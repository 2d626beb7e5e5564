package org.bksbbridge.sync.assessments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.time.Clock;
import java.util.List;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.bksb.BksbApiException;
import org.bksbbridge.bksb.BksbClients;
import org.bksbbridge.learner.LearnerKind;
import org.bksbbridge.learner.LearnerRepository;
import org.bksbbridge.learner.LearnerService;
import org.bksbbridge.link.BksbLink;
import org.bksbbridge.link.BksbLinkRepository;
import org.bksbbridge.refusal.Refusal;

/**
 * "Get BKSB Results" for one learner, at once: the same download and store as the job. bksb is
 * called outside any transaction; only the store holds one, briefly.
 */
@ApplicationScoped
public class ResultRefresh {
  /** bksb's own default page size. */
  static final int RECORDS_PER_PAGE = 20;

  @Inject LearnerRepository learners;
  @Inject CentreAccess access;
  @Inject LearnerService learnerService;
  @Inject LinkedLearners linked;
  @Inject ResultDownloader downloader;
  @Inject ResultStore store;
  @Inject BksbLinkRepository links;
  @Inject BksbClients clients;
  @Inject Clock clock;

  public ResultStore.Counts refresh(String centreId, String reference, boolean full) {
    access.require(Command.GET_BKSB_RESULTS, centreId);
    long learnerId = learnerService.idOf(centreId, reference);
    BksbLink link =
        links
            .byLearner(learnerId)
            .orElseThrow(
                () -> Refusal.conflict("the learner has no bksb link yet: link them first"));
    LinkedLearners.CentreSync centre = linked.centresInTransaction(centreId).get(centreId);
    if (centre == null) {
      throw Refusal.conflict("the bksb integration is not enabled for centre " + centreId);
    }
    if (centre.accountId() != link.getAccountId()) {
      throw Refusal.conflict(
          "the learner was linked under other bksb keys than the centre's: link them again");
    }
    LearnerKind kind = learners.kindOf(learnerId);
    LearnerToFetch l =
        new LearnerToFetch(
            learnerId,
            centreId,
            reference,
            link.getAccountId(),
            link.getBksbUserId(),
            kind,
            centre.options());
    LearnerDownload d;
    try {
      d = downloader.download(clients.client(centre.connection()), l, RECORDS_PER_PAGE, full);
    } catch (BksbApiException e) {
      throw e.refusal(centreId);
    }
    try {
      return store.store(List.of(d), clock.instant());
    } catch (PersistenceException | TransactionalException clash) {
      // The job stored some of these results at the same moment: store again, as updates.
      return store.store(List.of(d), clock.instant());
    }
  }
}
