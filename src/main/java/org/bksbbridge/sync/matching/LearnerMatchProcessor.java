package org.bksbbridge.sync.matching;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bksbbridge.bksb.BksbClient;
import org.bksbbridge.bksb.BksbClients;
import org.bksbbridge.learner.LearnerFields;
import org.bksbbridge.sync.users.AccountDirectory;
import org.bksbbridge.sync.users.BksbUser;

/**
 * The matching rules, first hit wins: (a) flagged with a bksb user name: that user; (b) flagged
 * without one: the user named like the learner's web user name; (c) verified email equal to exactly
 * one bksb user's, and to no other learner's of the centre. A candidate already linked to another
 * learner of the centre is ambiguous. No match: the learner is filtered out (unlinked).
 */
@Dependent
@Named("learnerMatchProcessor")
public class LearnerMatchProcessor implements ItemProcessor {
  @Inject MatchLookups lookups;
  @Inject AccountDirectory directory;
  @Inject BksbClients clients;
  @Inject JobContext job;

  /** Learner ids one set-based read of the email and user-name rules' answers covers. */
  static final long RANGE_SPAN = 1000;

  private Map<Long, BksbClient> clientsByAccount;

  /** The rules' answers for the range of ids around the current learner. */
  private RangeMatches rangeMatches;

  private MatchCandidate last;

  @Override
  public Object processItem(Object item) {
    MatchCandidate c = (MatchCandidate) item;
    // A centre's learners come in id order: one not past the last (or another centre) may be read
    // again after a chunk rolled back, and the links the answers count as decided rolled back too.
    if (last != null
        && !(last.centreId().equals(c.centreId()) && c.learnerId() > last.learnerId())) {
      rangeMatches = null;
    }
    last = c;
    LearnerFields f = c.fields();
    if (f.bksbUser()) {
      boolean named = f.bksbUsername() != null;
      String username = named ? f.bksbUsername() : f.webUsername();
      if (username == null) {
        return null;
      }
      MatchMethod method = named ? MatchMethod.USERNAME : MatchMethod.WEB_USERNAME;
      RangeMatches m = rangeMatches(c, username);
      if (m != null && !m.named(c.learnerId()).isEmpty()) {
        return fromRange(c, m.named(c.learnerId()), m, method);
      }
      // Covered by the range and not found there: only bksb itself can know the name.
      List<BksbUser> found = m != null ? List.of() : lookups.byUsername(c.accountId(), username);
      if (found.isEmpty()) {
        found = lookups.askBksb(client(c.accountId()), c.accountId(), username).stream().toList();
      }
      return decide(c, found, method);
    }
    if (f.emailVerified() && f.email() != null) {
      RangeMatches m = rangeMatches(c, f.email());
      if (m != null) {
        return m.shared(c.learnerId())
            ? null
            : fromRange(c, m.users(c.learnerId()), m, MatchMethod.EMAIL);
      }
      if (lookups.emailSharedInCentre(c.centreId(), f.email(), c.learnerId())) {
        return null;
      }
      return decide(c, lookups.byEmail(c.accountId(), f.email()), MatchMethod.EMAIL);
    }
    return null;
  }

  private MatchDecision decide(MatchCandidate c, List<BksbUser> found, MatchMethod method) {
    if (found.size() != 1) {
      return null;
    }
    BksbUser u = found.get(0);
    if (lookups.linkedInCentre(c.centreId(), c.accountId(), u.getBksbUserId())
        || (rangeMatches != null && rangeMatches.linked(u.getBksbUserId()))) {
      return null;
    }
    if (rangeMatches != null) {
      rangeMatches.decided(u.getBksbUserId());
    }
    return new MatchDecision(c, u.getBksbUserId(), u.getUsername(), method);
  }

  /** A rule's users from the range's answers: the same decision as the look-ups one by one. */
  private static MatchDecision fromRange(
      MatchCandidate c, List<RangeMatches.User> found, RangeMatches m, MatchMethod method) {
    if (found.size() != 1 || m.linked(found.get(0).bksbUserId())) {
      return null;
    }
    m.decided(found.get(0).bksbUserId());
    return new MatchDecision(c, found.get(0).bksbUserId(), found.get(0).username(), method);
  }

  /**
   * The answers covering the learner, read anew when it is past the last range; or null when the
   * learner's {@code value} (its email or user name) is not stored in key form.
   */
  private RangeMatches rangeMatches(MatchCandidate c, String value) {
    if (rangeMatches == null || !rangeMatches.covers(c.centreId(), c.learnerId(), value)) {
      if (!value.equals(value.strip().toLowerCase(java.util.Locale.ROOT))) {
        return null;
      }
      rangeMatches =
          lookups.rangeMatches(
              c.centreId(), c.accountId(), c.learnerId(), c.learnerId() + RANGE_SPAN);
    }
    return rangeMatches;
  }

  private BksbClient client(long accountId) {
    if (clientsByAccount == null) {
      clientsByAccount = new HashMap<>();
      for (AccountDirectory.Account a : directory.enabledAccounts()) {
        clientsByAccount.put(a.id(), clients.forJob(a.connection(), job.getExecutionId()));
      }
    }
    return clientsByAccount.get(accountId);
  }
}
