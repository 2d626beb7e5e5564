package org.bksbbridge.sync.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Marks users gone from bksb: those last seen before the latest complete listing of their account
 * started. Neither a listing cut short (an account that failed) nor one that overlaps another run
 * can mark a live user gone. Its own transaction: a batchlet, unlike a chunk, gets none from the
 * batch runtime.
 */
@ApplicationScoped
public class GoneUsers {
  @Inject EntityManager em;
  @Inject AccountDirectory directory;
  @Inject Clock clock;
  @Inject BksbUserRepository users;

  /**
   * @return how many users were marked gone
   */
  @Transactional
  public int markUnseen() {
    int gone = 0;
    for (AccountDirectory.Account a : directory.enabledAccounts()) {
      Instant cutoff = em.find(BksbAccount.class, a.id()).completeListingStartedAt();
      if (cutoff == null) {
        continue;
      }
      gone += users.markUnseenGone(a.id(), cutoff, clock.instant());
    }
    return gone;
  }
}
