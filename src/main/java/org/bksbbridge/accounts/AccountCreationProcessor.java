package org.bksbbridge.accounts;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bksbbridge.bksb.BksbApiException;
import org.bksbbridge.bksb.BksbClient;
import org.bksbbridge.bksb.BksbClients;
import org.bksbbridge.learner.Learner;
import org.bksbbridge.learner.LearnerFields;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.settings.AccountOptions;
import org.bksbbridge.settings.SettingsConnections;
import org.bksbbridge.sync.matching.MatchCandidate;
import org.bksbbridge.sync.matching.MatchLookups;
import org.bksbbridge.sync.users.AccountDirectory;
import org.bksbbridge.sync.users.AccountFailures;
import org.bksbbridge.sync.users.BksbUser;

/**
 * Decides, for each eligible unlinked learner the matching reader hands on, whether a bksb account
 * may be made without duplicating one (an email, not flagged as a bksb user, no user of the account
 * with the same email or user name, none that looks like them), then makes it through {@link
 * AccountCreator} outside the chunk's transaction, or, in a dry run, only says so. An account bksb
 * refuses or leaves unanswered fails for the run ({@link AccountFailures}): its learners are
 * skipped without calling bksb again.
 */
@Dependent
@Named("accountCreationProcessor")
public class AccountCreationProcessor implements ItemProcessor {
  static final String BY = "job:bksb-create-users";

  @Inject
  @BatchProperty(name = "dryRun")
  String dryRun;

  @Inject JobContext job;
  @Inject EntityManager em;
  @Inject MatchLookups lookups;
  @Inject PendingCreations pendings;
  @Inject AccountDirectory directory;
  @Inject SettingsConnections settings;
  @Inject BksbClients clients;
  @Inject AccountCreator creator;
  @Inject AccountFailures failures;

  private Map<Long, AccountDirectory.Account> accounts;
  private final Map<Long, BksbClient> bksb = new HashMap<>();
  private final Map<String, AccountOptions> options = new HashMap<>();
  private final Map<Long, Boolean> listed = new HashMap<>();

  @Override
  public Object processItem(Object item) {
    MatchCandidate c = (MatchCandidate) item;
    Learner learner = em.find(Learner.class, c.learnerId());
    String ref = learner.getReference();
    AccountDirectory.Account account = account(c.accountId());
    AccountOptions o =
        options.computeIfAbsent(c.centreId(), id -> settings.accountOptions(id).orElse(null));
    PendingCreation pending = pendings.find(c.learnerId()).orElse(null);
    LearnerFields f = learner.fields();
    String username = pending != null ? pending.getUsername() : Usernames.defaultFor(f, ref);
    String skip =
        o == null || o.defaultPassword() == null
            ? "centre " + c.centreId() + " has no default password for new bksb accounts"
            : !listed.computeIfAbsent(c.accountId(), directory::usersListed)
                ? AccountChecks.NOT_LISTED
                : pending != null ? null : skipReason(c, f, username);
    if (skip != null) {
      return new AccountOutcome(c.learnerId(), ref, AccountOutcome.Kind.SKIPPED, skip);
    }
    AccountRequest r =
        new AccountRequest(
            c.centreId(),
            c.learnerId(),
            ref,
            f.firstName(),
            f.lastName(),
            f.email(),
            f.dateOfBirth(),
            username);
    if (Boolean.parseBoolean(dryRun)) {
      return new AccountOutcome(
          c.learnerId(),
          ref,
          AccountOutcome.Kind.WOULD_CREATE,
          username
              + " for "
              + f.email()
              + (pending != null ? " (or link it, if an earlier run made it)" : ""));
    }
    failures.check(c.accountId());
    try {
      CreatedAccount made =
          creator.create(new AccountPlan(r, account, o, pending), client(account), BY);
      return new AccountOutcome(
          c.learnerId(),
          ref,
          AccountOutcome.Kind.CREATED,
          made.username() + " (bksb user " + made.bksbUserId() + ")");
    } catch (Refusal e) {
      AccountOutcome.Kind kind =
          e.kind() == Refusal.Kind.CONFLICT
              ? AccountOutcome.Kind.SKIPPED
              : AccountOutcome.Kind.FAILED;
      return new AccountOutcome(c.learnerId(), ref, kind, e.getMessage());
    } catch (BksbApiException e) {
      if (e.accountWide()) {
        throw failures.fail(c.accountId(), e.getMessage());
      }
      return new AccountOutcome(c.learnerId(), ref, AccountOutcome.Kind.FAILED, e.getMessage());
    }
  }

  /** Why the learner gets no account from this job, or null: the job never guesses. */
  private String skipReason(MatchCandidate c, LearnerFields f, String username) {
    if (f.email() == null) {
      return "no email";
    }
    if (f.bksbUser()) {
      return "flagged as having a bksb account: link them instead";
    }
    List<BksbUser> same = lookups.byEmail(c.accountId(), f.email());
    if (!same.isEmpty()) {
      return "bksb user " + who(same.get(0)) + " has this email: link them instead";
    }
    String problem = Usernames.problem(username);
    if (problem != null) {
      return "no usable user name (" + username + " " + problem + ")";
    }
    List<BksbUser> named = lookups.byUsername(c.accountId(), username);
    if (!named.isEmpty()) {
      return "bksb user "
          + who(named.get(0))
          + " has the user name "
          + username
          + ": link them if it is them";
    }
    List<BksbUser> alike =
        lookups.lookAlikes(c.accountId(), f.email(), f.firstName(), f.lastName(), f.dateOfBirth());
    if (!alike.isEmpty()) {
      return "looks like bksb user " + who(alike.get(0)) + ": check and link them instead";
    }
    return null;
  }

  private static String who(BksbUser u) {
    return u.getUsername() + " (id " + u.getBksbUserId() + ")";
  }

  private AccountDirectory.Account account(long accountId) {
    if (accounts == null) {
      accounts = new HashMap<>();
      for (AccountDirectory.Account a : directory.enabledAccounts()) {
        accounts.put(a.id(), a);
      }
    }
    return accounts.get(accountId);
  }

  private BksbClient client(AccountDirectory.Account a) {
    return bksb.computeIfAbsent(a.id(), id -> clients.forJob(a.connection(), job.getExecutionId()));
  }
}
