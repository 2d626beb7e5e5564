package org.bksbbridge.sync.users;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * After every account's listing was read to the end: users this run did not see are gone from bksb.
 * They are marked, not deleted, so their links and results keep their history.
 */
@Dependent
@Named("goneUsersBatchlet")
public class GoneUsersBatchlet extends AbstractBatchlet {
  @Inject JobContext job;
  @Inject GoneUsers goneUsers;

  @Override
  public String process() {
    return "MARKED_GONE_" + goneUsers.markUnseen(job.getInstanceId());
  }
}
