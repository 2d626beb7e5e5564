package org.bksbbridge.sync.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Marks the users a run did not see as gone from bksb. Its own transaction: a batchlet, unlike a
 * chunk, gets none from the batch runtime.
 */
@ApplicationScoped
public class GoneUsers {
  @Inject EntityManager em;
  @Inject AccountDirectory directory;
  @Inject Clock clock;

  /**
   * @return how many users were marked gone
   */
  @Transactional
  public int markUnseen(long run) {
    int gone = 0;
    for (AccountDirectory.Account a : directory.enabledAccounts()) {
      gone +=
          em.createQuery(
                  "update BksbUser u set u.gone = true, u.updatedAt = :now"
                      + " where u.accountId = :a and u.lastSeenRun <> :run and u.gone = false")
              .setParameter("now", clock.instant())
              .setParameter("a", a.id())
              .setParameter("run", run)
              .executeUpdate();
      em.find(BksbAccount.class, a.id()).usersSynced(clock.instant());
    }
    return gone;
  }
}
