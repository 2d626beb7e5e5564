package org.bksbbridge.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.bksb.BksbApiException;
import org.bksbbridge.bksb.BksbClients;
import org.bksbbridge.mail.OutboxSender;

/**
 * Creates one learner's or applicant's bksb account for a caller with "Create BKSB User" in the
 * centre, and says what a creation would send. Its login email, when the centre sends them, leaves
 * the outbox right after the creation commits.
 */
@ApplicationScoped
public class AccountService {
  @Inject CentreAccess access;
  @Inject AccountChecks checks;
  @Inject AccountCreator creator;
  @Inject BksbClients clients;
  @Inject OutboxSender sender;

  public AccountProposal proposal(String centreId, String reference) {
    access.require(Command.CREATE_BKSB_USER, centreId);
    return checks.proposal(centreId, reference);
  }

  /**
   * @param username the caller's choice, or null for the default
   * @param email the caller's choice, or null for the learner's
   */
  public CreatedAccount create(String centreId, String reference, String username, String email) {
    access.require(Command.CREATE_BKSB_USER, centreId);
    AccountPlan plan = checks.forApi(centreId, reference, username, email);
    CreatedAccount made;
    try {
      made =
          creator.create(plan, clients.client(plan.account().connection()), access.caller().name());
    } catch (BksbApiException e) {
      // Before createUser (a look-up), or the account's keys refused: nothing was made.
      throw e.refusal(centreId);
    }
    if (made.loginEmailId() != null) {
      sender.sendSoon(made.loginEmailId());
    }
    return made;
  }
}
