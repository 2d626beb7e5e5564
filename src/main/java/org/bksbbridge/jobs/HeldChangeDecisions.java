package org.bksbbridge.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.refusal.Refusal;

/**
 * Approves or discards the changes jobs held, for callers with "Run BKSB Jobs" in every centre of
 * the account concerned, and lists them for those who see one of its centres. A decision claims the
 * change and applies it in one transaction: of two at once (on two servers), one decides.
 */
@ApplicationScoped
public class HeldChangeDecisions {
  @Inject HeldChangeRepository held;
  @Inject CentreAccess access;
  @Inject Instance<HeldChangeKind> kinds;
  @Inject Clock clock;
  @Inject jakarta.enterprise.event.Event<HeldChangeDecided> decisions;

  /**
   * Applies the change the execution held (in {@code accountId}'s account, needed only when it held
   * several) to what it still holds for.
   */
  @Transactional
  public HeldChangeView approve(long executionId, Long accountId) {
    return decide(executionId, accountId, HeldChange.Status.APPROVED);
  }

  /** Drops the change the execution held: nothing is applied. */
  @Transactional
  public HeldChangeView discard(long executionId, Long accountId) {
    return decide(executionId, accountId, HeldChange.Status.DISCARDED);
  }

  private HeldChangeView decide(long executionId, Long accountId, HeldChange.Status to) {
    HeldChange h = pendingOf(executionId, accountId);
    HeldChangeKind kind = kindOf(h);
    for (String centre : kind.centres(h)) {
      access.require(Command.RUN_BKSB_JOBS, centre);
    }
    Instant now = clock.instant();
    if (!held.claim(h.getId(), to, access.caller().name(), now)) {
      throw decidedAlready(held.find(h.getId()).orElse(h));
    }
    if (to == HeldChange.Status.APPROVED) {
      held.applied(h.getId(), kind.apply(h, now));
    }
    HeldChangeView decided = HeldChangeView.of(held.find(h.getId()).orElseThrow());
    decisions.fire(new HeldChangeDecided(decided));
    return decided;
  }

  /** The execution's changes the caller sees: none, or 404 when it sees none of their centres. */
  public List<HeldChangeView> ofExecution(long executionId) {
    return held.ofExecution(executionId).stream()
        .filter(this::sees)
        .map(HeldChangeView::of)
        .toList();
  }

  /** The pending changes of the centre (or of every centre the caller sees, when null). */
  public List<HeldChangeView> pending(String centreId) {
    return held.pending().stream()
        .filter(h -> centreId == null ? sees(h) : h.getCentreIds().contains(centreId) && sees(h))
        .map(HeldChangeView::of)
        .toList();
  }

  /** Whether the caller may decide on the change: "Run BKSB Jobs" in each of its centres. */
  public boolean mayDecide(HeldChangeView h) {
    return h.pending()
        && h.centreIds().stream().allMatch(c -> access.may(Command.RUN_BKSB_JOBS, c));
  }

  private HeldChange pendingOf(long executionId, Long accountId) {
    List<HeldChange> mine =
        held.ofExecution(executionId).stream()
            .filter(this::sees)
            .filter(h -> accountId == null || h.getAccountId() == accountId)
            .toList();
    if (mine.isEmpty()) {
      throw Refusal.notFound(
          "execution "
              + executionId
              + " held no change"
              + (accountId == null ? "" : " in bksb account " + accountId));
    }
    List<HeldChange> pending =
        mine.stream().filter(h -> h.getStatus() == HeldChange.Status.PENDING).toList();
    if (pending.isEmpty()) {
      throw decidedAlready(mine.get(0));
    }
    if (pending.size() > 1) {
      throw Refusal.invalid(
          "accountId",
          "execution "
              + executionId
              + " held changes in bksb accounts "
              + pending.stream().map(h -> String.valueOf(h.getAccountId())).toList()
              + ": name one");
    }
    return pending.get(0);
  }

  private boolean sees(HeldChange h) {
    return h.getCentreIds().stream().anyMatch(access::sees);
  }

  private HeldChangeKind kindOf(HeldChange h) {
    return kinds.stream()
        .filter(k -> k.name().equals(h.getKind()))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no held change kind " + h.getKind()));
  }

  private static Refusal decidedAlready(HeldChange h) {
    return Refusal.conflict(
        "the change execution "
            + h.getExecutionId()
            + " held was "
            + h.getStatus().name().toLowerCase()
            + (h.getDecidedBy() == null ? "" : " by " + h.getDecidedBy())
            + " already: nothing to decide");
  }
}
