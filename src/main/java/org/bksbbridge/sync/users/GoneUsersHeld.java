package org.bksbbridge.sync.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.bksbbridge.jobs.HeldChange;
import org.bksbbridge.jobs.HeldChangeKind;
import org.bksbbridge.server.AppMetrics;

/**
 * Users a listing would have marked gone, held (see {@link GoneUsers}). Approving marks those of
 * the account still unseen since the held listing began: a user bksb has listed again since is seen
 * after it, and stays.
 */
@ApplicationScoped
public class GoneUsersHeld implements HeldChangeKind {
  public static final String KIND = "USERS_GONE";

  @Inject AccountDirectory directory;
  @Inject BksbUserRepository users;
  @Inject AppMetrics metrics;

  @Override
  public String name() {
    return KIND;
  }

  /** The account's enabled centres now; those it had when held, if it has none left. */
  @Override
  public List<String> centres(HeldChange change) {
    return directory.enabledAccounts().stream()
        .filter(a -> a.id() == change.getAccountId())
        .findFirst()
        .map(AccountDirectory.Account::centreIds)
        .filter(c -> !c.isEmpty())
        .orElse(change.getCentreIds());
  }

  @Override
  public int apply(HeldChange change, Instant now) {
    int gone = users.markUnseenGone(change.getAccountId(), change.getCutoff(), now);
    metrics.count("bksb.users.gone", gone);
    return gone;
  }
}
