package org.bksbbridge.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.bksbbridge.bksb.BksbApiException;
import org.bksbbridge.bksb.BksbClient;
import org.bksbbridge.bksb.WireCreatedUser;
import org.bksbbridge.bksb.WireNewUser;
import org.bksbbridge.refusal.Refusal;

/**
 * Creates a checked learner's bksb user, never twice. Outside any transaction (a chunk's is
 * suspended): a pending creation is committed first; bksb's createUser runs on its own, never
 * repeated once bksb may have acted; the link and the pending creation's removal commit together
 * afterwards ({@link AccountLinker}). A pending creation found at the start means an earlier try
 * may have made the user: its name is looked up in bksb first and linked if it is there.
 */
@ApplicationScoped
public class AccountCreator {
  /**
   * How long an unconfirmed creation may still be under way elsewhere (longer than createUser's
   * timeout and its waits for 429): until then only its own user name may be tried again.
   */
  static final Duration UNDER_WAY = Duration.ofMinutes(5);

  @Inject PendingCreations pendings;
  @Inject AccountLinker linker;
  @Inject Clock clock;

  /**
   * @param by who asked (a user name, or the job)
   * @throws Refusal 409 with a free variant when the user name is taken in bksb, 409 while another
   *     creation for the learner may be under way, 502 when bksb refused or did not confirm
   * @throws BksbApiException when a look-up before createUser failed, or bksb refused the account's
   *     keys: nothing was made, and the caller says whose account it is
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public CreatedAccount create(AccountPlan plan, BksbClient client, String by) {
    AccountRequest r = plan.request();
    PendingCreation pending = plan.pending();
    if (pending != null) {
      Optional<Long> made = client.userId(pending.getUsername());
      if (made.isPresent()) {
        return linker.finish(plan, r.withUsername(pending.getUsername()), made.get(), true, by);
      }
      boolean underWay = pending.getStartedAt().isAfter(clock.instant().minus(UNDER_WAY));
      if (underWay && !pending.getUsername().equalsIgnoreCase(r.username())) {
        throw Refusal.conflict(
            "a bksb account for this learner as "
                + pending.getUsername()
                + " was asked for at "
                + pending.getStartedAt()
                + " and is not confirmed yet: try again with that user name, or with another"
                + " after "
                + pending.getStartedAt().plus(UNDER_WAY));
      }
    }
    if (client.usernameExists(r.username())) {
      throw taken(client, r.username());
    }
    pendings.start(r, plan.account().id(), by, pending);
    WireCreatedUser made;
    try {
      made = client.createUser(wire(r, plan));
    } catch (BksbApiException e) {
      throw failed(e, r, client, pending);
    }
    return linker.finish(
        plan,
        r.withUsername(made.username == null ? r.username() : made.username),
        made.userId,
        false,
        by);
  }

  private static WireNewUser wire(AccountRequest r, AccountPlan plan) {
    WireNewUser n = new WireNewUser();
    n.username = r.username();
    n.firstName = r.firstName();
    n.lastName = r.lastName();
    n.email = r.email();
    n.password = plan.options().defaultPassword();
    n.dateOfBirth = r.dateOfBirth() == null ? null : r.dateOfBirth().toString();
    n.autoEnrolCourses = plan.options().autoEnrolCourses();
    return n;
  }

  /**
   * What a failed createUser means. bksb refused it (the keys, the request, or a rate limit):
   * nothing was made, and the pending creation goes, unless the name is taken now and an earlier
   * try of ours chose it (then it stays, and the next try links that user). Anything else (a
   * timeout, a 5xx, an answer we cannot read): bksb may have made it, so the pending creation stays
   * for the next try to look up.
   */
  private RuntimeException failed(
      BksbApiException e, AccountRequest r, BksbClient client, PendingCreation earlier) {
    return switch (e.kind()) {
      case REFUSED_CREDENTIALS -> {
        pendings.forget(r.learnerId());
        yield e;
      }
      case RATE_LIMITED -> {
        pendings.forget(r.learnerId());
        yield new Refusal(
            Refusal.Kind.BKSB_FAILED, "bksb is limiting calls (429): try again later", Map.of());
      }
      case REJECTED_REQUEST -> rejected(e, r, client, earlier);
      case TRANSIENT, UNAVAILABLE, UNEXPECTED_ANSWER ->
          new Refusal(
              Refusal.Kind.BKSB_FAILED,
              "bksb did not confirm the new user "
                  + r.username()
                  + " ("
                  + e.getMessage()
                  + "): try again; the next try looks "
                  + r.username()
                  + " up in bksb first and links the learner to it if bksb made it",
              Map.of());
    };
  }

  /** bksb refused the new user itself: perhaps its name was taken meanwhile, by us or another. */
  private RuntimeException rejected(
      BksbApiException e, AccountRequest r, BksbClient client, PendingCreation earlier) {
    if (client.usernameExists(r.username())) {
      if (earlier != null && earlier.getUsername().equalsIgnoreCase(r.username())) {
        return Refusal.conflict(
            "bksb has a user "
                + r.username()
                + " now, probably made by an earlier try: try again to link it");
      }
      pendings.forget(r.learnerId());
      return taken(client, r.username());
    }
    pendings.forget(r.learnerId());
    return new Refusal(
        Refusal.Kind.BKSB_FAILED,
        "bksb refused the new user "
            + r.username()
            + ": check the learner's name and email and the centre's default password ("
            + e.getMessage()
            + ")",
        Map.of());
  }

  /** 409 naming the first free variant of a taken name (each tried with isUsernameExists). */
  static Refusal taken(BksbClient client, String username) {
    String free = null;
    for (int n = 2; n < 2 + Usernames.variants() && free == null; n++) {
      String v = Usernames.variant(username, n);
      if (!client.usernameExists(v)) {
        free = v;
      }
    }
    String hint = free == null ? "choose another" : free + " is free";
    return new Refusal(
        Refusal.Kind.CONFLICT,
        "the user name " + username + " is taken in bksb; " + hint,
        free == null
            ? Map.of("username", "is taken in bksb; choose another")
            : Map.of(
                "username", "is taken in bksb; " + free + " is free", "suggestedUsername", free));
  }
}
