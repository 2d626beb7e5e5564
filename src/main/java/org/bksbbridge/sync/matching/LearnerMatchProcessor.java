package org.bksbbridge.sync.matching;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.bksbbridge.bksb.BksbApiException;
import org.bksbbridge.bksb.BksbClient;
import org.bksbbridge.bksb.BksbClients;
import org.bksbbridge.learner.LearnerFields;
import org.bksbbridge.link.MatchMethod;
import org.bksbbridge.sync.users.AccountDirectory;
import org.bksbbridge.sync.users.AccountFailures;
import org.bksbbridge.sync.users.BksbUser;

/**
 * The matching rules, first hit wins: (a) flagged with a bksb user name: that user; (b) flagged
 * without one: the user named like the learner's web user name; (c) verified email equal to exactly
 * one bksb user's, and to no other learner's of the centre. A candidate already linked to another
 * learner of the centre is ambiguous. No match: the learner is filtered out (unlinked). The users
 * each rule finds come from the learner's page ({@link PageMatches}). An account bksb refuses or
 * leaves unanswered when asked fails for the run ({@link AccountFailures}): its centres' learners
 * are skipped, the other accounts' are matched.
 */
@Dependent
@Named("learnerMatchProcessor")
public class LearnerMatchProcessor implements ItemProcessor {
  private static final Logger LOG = Logger.getLogger(LearnerMatchProcessor.class.getName());

  @Inject MatchLookups lookups;
  @Inject UserAsker asker;
  @Inject AccountFailures failures;
  @Inject AccountDirectory directory;
  @Inject BksbClients clients;
  @Inject JobContext job;

  private Map<Long, BksbClient> clientsByAccount;

  @Override
  public Object processItem(Object item) {
    MatchCandidate c = (MatchCandidate) item;
    failures.check(c.accountId());
    LearnerFields f = c.fields();
    PageMatches m = c.page().matches();
    if (f.bksbUser()) {
      boolean named = f.bksbUsername() != null;
      String username = named ? f.bksbUsername() : f.webUsername();
      if (username == null || username.isBlank()) {
        return null;
      }
      MatchMethod method = named ? MatchMethod.USERNAME : MatchMethod.WEB_USERNAME;
      List<PageMatches.User> found = m.named(username);
      if (found.isEmpty()) {
        // Not in the account's listing (our assumption about bksb's API): only bksb can know it.
        Optional<BksbUser> asked = ask(c, username);
        asked.ifPresent(
            u -> m.found(username, new PageMatches.User(u.getBksbUserId(), u.getUsername())));
        found =
            asked.stream()
                .filter(
                    u -> !lookups.linkedInCentre(c.centreId(), c.accountId(), u.getBksbUserId()))
                .map(u -> new PageMatches.User(u.getBksbUserId(), u.getUsername()))
                .toList();
      }
      return decide(c, found, m, method);
    }
    if (f.emailVerified() && f.email() != null && !m.shared(f.email(), c.learnerId())) {
      return decide(c, m.withEmail(f.email()), m, MatchMethod.EMAIL);
    }
    return null;
  }

  /** bksb's getUserId for a name the listing lacks; a learner bksb refuses alone stays unlinked. */
  private Optional<BksbUser> ask(MatchCandidate c, String username) {
    try {
      return asker.ask(client(c.accountId()), c.accountId(), username);
    } catch (BksbApiException e) {
      RuntimeException sorted = failures.sorted(c.accountId(), e);
      if (sorted != e) {
        throw sorted;
      }
      LOG.warning(
          () -> "learner " + c.learnerId() + " left unmatched: bksb refused " + e.getMessage());
      return Optional.empty();
    }
  }

  private static MatchDecision decide(
      MatchCandidate c, List<PageMatches.User> found, PageMatches m, MatchMethod method) {
    if (found.size() != 1 || m.linked(found.get(0).bksbUserId())) {
      return null;
    }
    m.decided(found.get(0).bksbUserId());
    return new MatchDecision(c, found.get(0).bksbUserId(), found.get(0).username(), method);
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
