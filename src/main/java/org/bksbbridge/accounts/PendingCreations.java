package org.bksbbridge.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.sync.matching.MatchLookups;
import org.bksbbridge.sync.users.BksbUser;

/** The table of pending creations: what may exist in bksb without a link yet. */
@ApplicationScoped
public class PendingCreations {
  @Inject EntityManager em;
  @Inject Clock clock;
  @Inject MatchLookups lookups;

  public Optional<PendingCreation> find(long learnerId) {
    return em.createQuery(
            "select p from PendingCreation p where p.learnerId = :l", PendingCreation.class)
        .setParameter("l", learnerId)
        .getResultStream()
        .findFirst();
  }

  /**
   * Records the creation about to be asked of bksb, committed at once (whatever transaction the
   * caller is in). A stale record of the learner ({@code replacing}, as the caller read it) is
   * taken over only if nobody changed it since; a record made by someone else at the same moment
   * fails on the unique key. Either way someone else is creating the account now: a conflict. The
   * same holds for the email in the bksb account: a creation for another learner with it under way,
   * or a user with it made since the caller's checks (seen once this record holds the email, so of
   * two creations racing with one email one always sees the other), is a conflict.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void start(AccountRequest r, long accountId, String startedBy, PendingCreation replacing) {
    String email = emailKey(r.email());
    String other = otherLearnersCreation(r.learnerId(), accountId, email);
    if (other != null) {
      throw sameEmail(email, other);
    }
    try {
      if (replacing != null) {
        takeOver(r, accountId, email, startedBy, replacing);
      } else {
        em.persist(
            new PendingCreation(
                r.centreId(),
                r.learnerId(),
                accountId,
                r.username(),
                email,
                clock.instant(),
                startedBy));
        em.flush();
      }
    } catch (PersistenceException raced) {
      throw busy();
    }
    List<BksbUser> made = lookups.byEmail(accountId, email);
    if (!made.isEmpty()) {
      throw Refusal.conflict(
          "bksb user "
              + made.get(0).getUsername()
              + " was made with the email "
              + email
              + " a moment ago: link the learner to them instead of creating an account");
    }
  }

  private void takeOver(
      AccountRequest r, long accountId, String email, String startedBy, PendingCreation seen) {
    int taken =
        em.createQuery(
                "update PendingCreation p set p.username = :u, p.startedAt = :now,"
                    + " p.startedBy = :by, p.accountId = :a, p.emailKey = :m"
                    + " where p.learnerId = :l and p.startedAt = :seen")
            .setParameter("u", r.username())
            .setParameter("now", clock.instant())
            .setParameter("by", startedBy)
            .setParameter("a", accountId)
            .setParameter("m", email)
            .setParameter("l", r.learnerId())
            .setParameter("seen", seen.getStartedAt())
            .executeUpdate();
    if (taken != 1) {
      throw busy();
    }
  }

  /** The user name of another learner's creation with this email in the account, or null. */
  private String otherLearnersCreation(long learnerId, long accountId, String email) {
    return em.createQuery(
            "select p.username from PendingCreation p where p.accountId = :a"
                + " and p.emailKey = :m and p.learnerId <> :l",
            String.class)
        .setParameter("a", accountId)
        .setParameter("m", email)
        .setParameter("l", learnerId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  static String emailKey(String email) {
    return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
  }

  private static Refusal sameEmail(String email, String username) {
    return new Refusal(
        Refusal.Kind.CONFLICT,
        "a bksb account with the email "
            + email
            + " is being created for another learner now (as "
            + username
            + "), or an earlier try for them is not confirmed yet: link this learner to that user"
            + " once it is made, or give another email",
        Map.of("email", "a bksb account with this email is being created for another learner"));
  }

  static Refusal busy() {
    return Refusal.conflict(
        "a bksb account for this learner, or for another learner with the same email, is being"
            + " created now: try again later");
  }

  /** In the caller's transaction: the one that links the new user. */
  @Transactional
  public void remove(long learnerId) {
    em.createQuery("delete from PendingCreation p where p.learnerId = :l")
        .setParameter("l", learnerId)
        .executeUpdate();
  }

  /** bksb surely made nothing (it refused the user): the record goes at once. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void forget(long learnerId) {
    remove(learnerId);
  }
}
