package org.bksbbridge.sync.users;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * After the listings: users no complete listing saw are gone from bksb (see {@link GoneUsers}).
 * They are marked, not deleted, so their links and results keep their history.
 */
@Dependent
@Named("goneUsersBatchlet")
public class GoneUsersBatchlet extends AbstractBatchlet {
  @Inject GoneUsers goneUsers;

  @Override
  public String process() {
    return "MARKED_GONE_" + goneUsers.markUnseen();
  }
}
