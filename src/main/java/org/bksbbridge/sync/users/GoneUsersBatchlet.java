package org.bksbbridge.sync.users;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.bksbbridge.jobs.HeldChange;
import org.bksbbridge.jobs.JobRunListener;
import org.bksbbridge.persistence.Columns;
import org.bksbbridge.persistence.RolledBack;

/**
 * After the listings: users no complete listing saw are gone from bksb (see {@link GoneUsers}).
 * They are marked, not deleted, so their links and results keep their history. A marking held for
 * approval gives the job the exit status {@code HELD ...} (the run itself completes: the rest of
 * its work goes on).
 */
@Dependent
@Named("goneUsersBatchlet")
public class GoneUsersBatchlet extends AbstractBatchlet {
  private static final Logger LOG = Logger.getLogger(GoneUsersBatchlet.class.getName());

  /** Tries of the marking: an overlapping run writing the same users can deadlock with it. */
  static final int ATTEMPTS = 3;

  public static final String HELD = "HELD";

  @Inject GoneUsers goneUsers;
  @Inject JobContext job;

  @Override
  public String process() {
    HeldChange.JobRef run =
        new HeldChange.JobRef(job.getJobName(), job.getExecutionId(), job.getInstanceId());
    for (int attempt = 1; ; attempt++) {
      try {
        GoneUsers.Outcome o = goneUsers.markUnseen(run);
        if (o.held().isEmpty()) {
          return "MARKED_GONE_" + o.marked();
        }
        String held = Columns.clip(heldStatus(o), JobRunListener.EXIT_STATUS_MAX);
        job.setExitStatus(held);
        LOG.warning(job.getJobName() + " execution " + job.getExecutionId() + ": " + held);
        return held;
      } catch (RuntimeException e) {
        // Rolled back whole, it marked nothing: marking again gives the same answer.
        if (attempt == ATTEMPTS || !RolledBack.byDatabase(e)) {
          throw e;
        }
        LOG.info("marking gone users rolled back by the database, trying again: " + e);
      }
    }
  }

  private String heldStatus(GoneUsers.Outcome o) {
    return HELD
        + " "
        + o.held().stream()
            .map(
                h ->
                    h.getAffected()
                        + " of "
                        + h.getTotal()
                        + " users of bksb account "
                        + h.getAccountId()
                        + " (centres "
                        + String.join(", ", h.getCentreIds())
                        + ") would be marked gone")
            .collect(Collectors.joining("; "))
        + (o.marked() > 0 ? "; " + o.marked() + " users of other accounts marked gone" : "")
        + ": bksb may have listed too few users. Nothing was marked there. Approve or discard the"
        + " change in the jobs console (POST /api/v1/jobs/executions/"
        + job.getExecutionId()
        + "/approve or /discard)";
  }
}
