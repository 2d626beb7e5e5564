package org.bksbbridge.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bksbbridge.audit.Actor;
import org.bksbbridge.audit.Actors;
import org.bksbbridge.audit.AuditEvent;
import org.bksbbridge.audit.AuditService;
import org.bksbbridge.events.EventType;
import org.bksbbridge.events.Events;
import org.bksbbridge.mail.Outbox;
import org.bksbbridge.sync.matching.LinkService;
import org.bksbbridge.sync.users.UserRecord;

/**
 * The end of a creation, in one transaction of its own: the new user known, the learner linked
 * (method CREATED), the pending creation gone, the login email queued when the centre sends them,
 * and the {@code account.created} event. Committed together or not at all: a crash before the
 * commit leaves the pending creation, and the next try finds the user in bksb by its name.
 */
@ApplicationScoped
public class AccountLinker {
  @Inject CreatedUsers createdUsers;
  @Inject LinkService links;
  @Inject PendingCreations pendings;
  @Inject Outbox outbox;
  @Inject Events events;
  @Inject AuditService audit;
  @Inject Actors actors;

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
    links.linkCreated(
        r.centreId(), r.learnerId(), r.reference(), accountId, bksbUserId, r.username(), by);
    pendings.remove(r.learnerId());
    Long emailId =
        plan.options().autoSendLoginDetails()
            ? outbox.queueLoginDetails(
                r.centreId(), r.learnerId(), r.reference(), r.email(), r.username())
            : null;
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("learnerReference", r.reference());
    data.put("bksbUserId", bksbUserId);
    data.put("bksbUsername", r.username());
    data.put("loginEmailQueued", emailId != null);
    events.record(r.centreId(), EventType.ACCOUNT_CREATED, r.reference(), data);
    // The one who asked (a job's starter too), from where the request came, if it was one.
    audit.record(
        new Actor(by, actors.clientAddress(), null),
        AuditEvent.accountCreated(r.centreId(), r.reference(), bksbUserId, r.username()));
    return new CreatedAccount(
        r.centreId(), r.reference(), bksbUserId, r.username(), recovered, emailId);
  }
}
