package org.bksbbridge.sync.users;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.bksbbridge.persistence.RolledBack;

/**
 * After the listings: users no complete listing saw are gone from bksb (see {@link GoneUsers}).
 * They are marked, not deleted, so their links and results keep their history.
 */
@Dependent
@Named("goneUsersBatchlet")
public class GoneUsersBatchlet extends AbstractBatchlet {
  private static final Logger LOG = Logger.getLogger(GoneUsersBatchlet.class.getName());

  /** Tries of the marking: an overlapping run writing the same users can deadlock with it. */
  static final int ATTEMPTS = 3;

  @Inject GoneUsers goneUsers;

  @Override
  public String process() {
    for (int attempt = 1; ; attempt++) {
      try {
        return "MARKED_GONE_" + goneUsers.markUnseen();
      } catch (RuntimeException e) {
        // Rolled back whole, it marked nothing: marking again gives the same answer.
        if (attempt == ATTEMPTS || !RolledBack.byDatabase(e)) {
          throw e;
        }
        LOG.info("marking gone users rolled back by the database, trying again: " + e);
      }
    }
  }
}
