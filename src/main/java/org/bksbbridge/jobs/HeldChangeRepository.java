package org.bksbbridge.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The held changes (table {@code held_change}): its one owner. Writes join the caller's
 * transaction: a run holds its change in the same transaction that would have applied it, and a
 * decision claims the change and applies it in one.
 */
@ApplicationScoped
public class HeldChangeRepository {
  /** Who a later run's own decision is recorded as. */
  static final String LATER_RUN = "a later run";

  @Inject EntityManager em;
  @Inject org.bksbbridge.server.AppMetrics metrics;
  @Inject jakarta.enterprise.event.Event<ChangeHeld> held;

  /**
   * Holds the change, superseding what the account still had pending of the same kind: the latest
   * run knows best what bksb lists.
   */
  public HeldChange hold(HeldChange change) {
    supersede(change.getKind(), change.getAccountId(), change.getHeldAt());
    em.persist(change);
    em.flush();
    held.fire(new ChangeHeld(HeldChangeView.of(change)));
    metrics.count(
        "bksb.changes.held", 1, new org.eclipse.microprofile.metrics.Tag("kind", change.getKind()));
    return change;
  }

  /**
   * A run applied its change of this kind in the account itself: what was pending there is settled.
   */
  public int supersede(String kind, long accountId, Instant now) {
    return em.createNamedQuery("HeldChange.supersede")
        .setParameter("to", HeldChange.Status.SUPERSEDED)
        .setParameter("now", now)
        .setParameter("by", LATER_RUN)
        .setParameter("k", kind)
        .setParameter("a", accountId)
        .setParameter("pending", HeldChange.Status.PENDING)
        .executeUpdate();
  }

  public List<HeldChange> ofExecution(long executionId) {
    return em.createNamedQuery("HeldChange.ofExecution", HeldChange.class)
        .setParameter("e", executionId)
        .getResultList();
  }

  /** The pending change an execution held (one per account: its first when several). */
  public Optional<HeldChange> pendingOf(long executionId, Long accountId) {
    return ofExecution(executionId).stream()
        .filter(h -> h.getStatus() == HeldChange.Status.PENDING)
        .filter(h -> accountId == null || h.getAccountId() == accountId)
        .findFirst();
  }

  /** Every pending change, newest first: a handful at most (one per kind and account). */
  public List<HeldChange> pending() {
    return em.createNamedQuery("HeldChange.withStatus", HeldChange.class)
        .setParameter("s", HeldChange.Status.PENDING)
        .getResultList();
  }

  /**
   * Decides a pending change, if it still is: whoever's update lands first has it (on any server),
   * the others find it decided.
   *
   * @return whether this call decided it
   */
  public boolean claim(long id, HeldChange.Status to, String by, Instant now) {
    return em.createNamedQuery("HeldChange.decide")
            .setParameter("to", to)
            .setParameter("now", now)
            .setParameter("by", by)
            .setParameter("id", id)
            .setParameter("pending", HeldChange.Status.PENDING)
            .executeUpdate()
        == 1;
  }

  public void applied(long id, int count) {
    em.createNamedQuery("HeldChange.applied")
        .setParameter("n", count)
        .setParameter("id", id)
        .executeUpdate();
  }

  /** The change as it stands now (read again: decisions update it in bulk, past the cache). */
  public Optional<HeldChange> find(long id) {
    return em.createNamedQuery("HeldChange.byId", HeldChange.class)
        .setParameter("id", id)
        .setHint("eclipselink.refresh", "True")
        .getResultStream()
        .findFirst();
  }

  /** The job instances with a change still waiting for a decision: their history stays. */
  public java.util.Set<Long> pendingInstances() {
    return new java.util.HashSet<>(
        em.createNamedQuery("HeldChange.pendingInstances", Long.class)
            .setParameter("pending", HeldChange.Status.PENDING)
            .getResultList());
  }

  /** Deletes the decided changes of these job instances (the job history purge). */
  public int forget(java.util.Collection<Long> jobInstanceIds) {
    return em.createNamedQuery("HeldChange.forget")
        .setParameter("i", List.copyOf(jobInstanceIds))
        .setParameter("pending", HeldChange.Status.PENDING)
        .executeUpdate();
  }
}
