package org.bksbbridge.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.bksbbridge.mail.Outbox;
import org.bksbbridge.sync.matching.LinkService;
import org.bksbbridge.sync.users.UserRecord;

/**
 * The end of a creation, in one transaction of its own: the new user known, the learner linked
 * (method CREATED), the pending creation gone, and the login email queued when the centre sends
 * them. Committed together or not at all: a crash before the commit leaves the pending creation,
 * and the next try finds the user in bksb by its name.
 */
@ApplicationScoped
public class AccountLinker {
  @Inject CreatedUsers createdUsers;
  @Inject LinkService links;
  @Inject PendingCreations pendings;
  @Inject Outbox outbox;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public CreatedAccount finish(
      AccountPlan plan, AccountRequest r, long bksbUserId, boolean recovered, String by) {
    long accountId = plan.account().id();
    createdUsers.remember(
        new UserRecord(
            accountId,
            bksbUserId,
            r.username(),
            r.email(),
            r.firstName(),
            r.lastName(),
            r.dateOfBirth()));
    links.linkCreated(r.centreId(), r.learnerId(), accountId, bksbUserId, r.username(), by);
    pendings.remove(r.learnerId());
    Long emailId =
        plan.options().autoSendLoginDetails()
            ? outbox.queueLoginDetails(
                r.centreId(), r.learnerId(), r.reference(), r.email(), r.username())
            : null;
    return new CreatedAccount(
        r.centreId(), r.reference(), bksbUserId, r.username(), recovered, emailId);
  }
}
