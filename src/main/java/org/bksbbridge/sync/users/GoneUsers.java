package org.bksbbridge.sync.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bksbbridge.jobs.HeldChange;
import org.bksbbridge.jobs.HeldChangeRepository;
import org.bksbbridge.server.AppMetrics;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Marks users gone from bksb: those last seen before the latest complete listing of their account
 * started. Neither a listing cut short (an account that failed) nor one that overlaps another run
 * can mark a live user gone. A listing that comes back complete but short (bksb answering an empty
 * or partial list during an outage on its side) would mark most users gone: past the guard ({@code
 * bksb.guard.gonePercent} of the account's users and at least {@code bksb.guard.goneMin}), the
 * account's marking is held for a person to approve or discard instead. Its own transaction: a
 * batchlet, unlike a chunk, gets none from the batch runtime.
 */
@ApplicationScoped
public class GoneUsers {
  /** Names a held change shows: enough to recognise who, few enough to read. */
  static final int SAMPLE = 5;

  @Inject EntityManager em;
  @Inject AccountDirectory directory;
  @Inject Clock clock;
  @Inject BksbUserRepository users;
  @Inject HeldChangeRepository held;
  @Inject AppMetrics metrics;

  @Inject
  @ConfigProperty(name = "bksb.guard.gonePercent", defaultValue = "5")
  double gonePercent;

  @Inject
  @ConfigProperty(name = "bksb.guard.goneMin", defaultValue = "20")
  int goneMin;

  /** What a run did: users marked gone, and the changes it held. */
  public record Outcome(int marked, List<HeldChange> held) {}

  @Transactional
  public Outcome markUnseen(HeldChange.JobRef run) {
    int gone = 0;
    List<HeldChange> holds = new ArrayList<>();
    for (AccountDirectory.Account a : directory.enabledAccounts()) {
      Instant cutoff = em.find(BksbAccount.class, a.id()).completeListingStartedAt();
      if (cutoff == null) {
        continue;
      }
      Instant now = clock.instant();
      long unseen = users.countUnseen(a.id(), cutoff);
      long live = users.countLive(a.id());
      if (tooMany(unseen, live)) {
        holds.add(held.hold(hold(run, a, cutoff, unseen, live, now)));
      } else {
        // This run decided for the account: what an earlier run held there is settled.
        held.supersede(GoneUsersHeld.KIND, a.id(), now);
        gone += unseen == 0 ? 0 : users.markUnseenGone(a.id(), cutoff, now);
      }
    }
    metrics.count("bksb.users.gone", gone);
    return new Outcome(gone, holds);
  }

  /** Past the guard: more than the percentage of the account's users, and at least the minimum. */
  boolean tooMany(long unseen, long live) {
    return unseen >= goneMin && unseen * 100.0 > gonePercent * live;
  }

  private HeldChange hold(
      HeldChange.JobRef run,
      AccountDirectory.Account a,
      Instant cutoff,
      long unseen,
      long live,
      Instant now) {
    List<String> sample =
        users.unseen(a.id(), cutoff, SAMPLE).stream().map(GoneUsers::nameOf).toList();
    return new HeldChange(
        GoneUsersHeld.KIND,
        run,
        a.id(),
        a.centreIds(),
        (int) unseen,
        (int) live,
        cutoff,
        sample,
        now);
  }

  private static String nameOf(BksbUser u) {
    String name =
        ((u.getFirstName() == null ? "" : u.getFirstName())
                + " "
                + (u.getLastName() == null ? "" : u.getLastName()))
            .strip();
    return name.isEmpty() ? u.getUsername() : name + " (" + u.getUsername() + ")";
  }
}
