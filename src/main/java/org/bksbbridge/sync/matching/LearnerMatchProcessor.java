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

  private Map<Long, BksbClient> clientsByAccount;

  @Override
  public Object processItem(Object item) {
    MatchCandidate c = (MatchCandidate) item;
    LearnerFields f = c.fields();
    if (f.bksbUser()) {
      boolean named = f.bksbUsername() != null;
      String username = named ? f.bksbUsername() : f.webUsername();
      if (username == null) {
        return null;
      }
      List<BksbUser> found = lookups.byUsername(c.accountId(), username);
      if (found.isEmpty()) {
        found = lookups.askBksb(client(c.accountId()), c.accountId(), username).stream().toList();
      }
      return decide(c, found, named ? MatchMethod.USERNAME : MatchMethod.WEB_USERNAME);
    }
    if (f.emailVerified() && f.email() != null) {
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
    if (lookups.linkedInCentre(c.centreId(), c.accountId(), u.getBksbUserId())) {
      return null;
    }
    return new MatchDecision(c, u.getBksbUserId(), u.getUsername(), method);
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
