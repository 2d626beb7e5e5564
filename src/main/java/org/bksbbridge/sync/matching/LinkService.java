package org.bksbbridge.sync.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.audit.Actors;
import org.bksbbridge.audit.AuditEvent;
import org.bksbbridge.audit.AuditService;
import org.bksbbridge.bksb.BksbApiException;
import org.bksbbridge.bksb.BksbClients;
import org.bksbbridge.learner.LearnerService;
import org.bksbbridge.learner.LearnerView;
import org.bksbbridge.link.BksbLink;
import org.bksbbridge.link.BksbLinkRepository;
import org.bksbbridge.link.MatchMethod;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.sync.users.AccountDirectory;
import org.bksbbridge.sync.users.BksbUser;
import org.bksbbridge.sync.users.BksbUserRepository;
import org.bksbbridge.text.FreeText;

/** Links a learner to a bksb user by hand, or unlinks. Manual links are never changed by jobs. */
@ApplicationScoped
public class LinkService {
  @Inject EntityManager em;
  @Inject LearnerService learners;
  @Inject AccountDirectory directory;
  @Inject MatchLookups lookups;
  @Inject UserAsker asker;
  @Inject BksbLinkRepository links;
  @Inject BksbUserRepository users;
  @Inject BksbClients clients;
  @Inject CentreAccess access;
  @Inject SecurityContext security;
  @Inject Clock clock;
  @Inject LinkEvents events;
  @Inject AuditService audit;
  @Inject Actors actors;

  @Transactional
  public LearnerView link(String centreId, String reference, Long bksbUserId, String username) {
    access.require(Command.LINK_BKSB_USERS, centreId);
    if ((username == null) == (bksbUserId == null)) {
      throw Refusal.invalid("bksbUsername", "give exactly one of bksbUsername or bksbUserId");
    }
    if (username != null) {
      username = FreeText.identifier("bksbUsername", username, 100);
    }
    long learnerId = learners.idOf(centreId, reference);
    AccountDirectory.Account account = accountOf(centreId);
    BksbUser user;
    try {
      user = find(account, bksbUserId, username);
    } catch (BksbApiException e) {
      throw e.refusal(centreId);
    }
    if (links.linkedInCentre(centreId, account.id(), user.getBksbUserId())
        && !linkedTo(learnerId, user.getBksbUserId())) {
      throw Refusal.conflict(
          "bksb user " + user.getUsername() + " is linked to another learner of " + centreId);
    }
    long userId = user.getBksbUserId();
    Optional<BksbLink> before = linkOf(learnerId);
    before
        .filter(old -> old.getBksbUserId() != userId)
        .ifPresent(old -> events.unlinked(reference, old));
    unlinkQuietly(learnerId);
    em.flush();
    String who =
        security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
    BksbLink link =
        new BksbLink(
            centreId,
            learnerId,
            account.id(),
            userId,
            user.getUsername(),
            MatchMethod.MANUAL,
            clock.instant(),
            who);
    links.add(link);
    events.linked(reference, link);
    audit.record(
        actors.current(),
        AuditEvent.linked(
            centreId, reference, userId, before.map(BksbLink::getBksbUserId).orElse(null)));
    em.flush();
    return learners.get(centreId, reference);
  }

  /**
   * Links a learner to the bksb user bksb-bridge created for them (method CREATED). For the account
   * creation, which checked "Create BKSB User" itself; runs in its transaction. Linking again to
   * the same user changes nothing (a retried creation); another link of the learner, or of the user
   * to another learner of the centre, is a conflict.
   */
  @Transactional
  public void linkCreated(
      String centreId,
      long learnerId,
      String reference,
      long accountId,
      long bksbUserId,
      String username,
      String by) {
    if (linkedTo(learnerId, bksbUserId)) {
      return;
    }
    if (linkOf(learnerId).isPresent()) {
      throw Refusal.conflict("the learner was linked to another bksb user meanwhile");
    }
    if (links.linkedInCentre(centreId, accountId, bksbUserId)) {
      throw Refusal.conflict(
          "bksb user " + username + " is linked to another learner of " + centreId);
    }
    BksbLink link =
        new BksbLink(
            centreId,
            learnerId,
            accountId,
            bksbUserId,
            username,
            MatchMethod.CREATED,
            clock.instant(),
            by);
    links.add(link);
    events.linked(reference, link);
    em.flush();
  }

  @Transactional
  public void unlink(String centreId, String reference) {
    access.require(Command.LINK_BKSB_USERS, centreId);
    long learnerId = learners.idOf(centreId, reference);
    BksbLink old =
        linkOf(learnerId)
            .orElseThrow(() -> Refusal.notFound("learner " + reference + " has no bksb link"));
    unlinkQuietly(learnerId);
    events.unlinked(reference, old);
    audit.record(actors.current(), AuditEvent.unlinked(centreId, reference, old.getBksbUserId()));
  }

  /** The bksb account the centre's enabled integration uses. */
  AccountDirectory.Account accountOf(String centreId) {
    return directory.enabledAccounts().stream()
        .filter(a -> a.centreIds().contains(centreId))
        .findFirst()
        .orElseThrow(
            () -> Refusal.conflict("enable the bksb integration of " + centreId + " first"));
  }

  private BksbUser find(AccountDirectory.Account account, Long bksbUserId, String username) {
    List<BksbUser> found;
    if (bksbUserId != null) {
      found = users.byId(account.id(), bksbUserId);
    } else {
      found = lookups.byUsername(account.id(), username);
      if (found.isEmpty()) {
        found =
            asker.ask(clients.client(account.connection()), account.id(), username).stream()
                .toList();
      }
    }
    if (found.size() != 1) {
      throw Refusal.notFound(
          "no bksb user "
              + (bksbUserId != null ? bksbUserId : username)
              + " in the centre's account");
    }
    return found.get(0);
  }

  /** The learner's link, if any: for services that checked the caller already. */
  public java.util.Optional<BksbLink> linkOf(long learnerId) {
    return links.byLearner(learnerId);
  }

  private boolean linkedTo(long learnerId, long bksbUserId) {
    return links.linkedTo(learnerId, bksbUserId);
  }

  private int unlinkQuietly(long learnerId) {
    return links.deleteByLearner(learnerId);
  }
}
