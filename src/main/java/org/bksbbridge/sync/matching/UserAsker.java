package org.bksbbridge.sync.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.bksbbridge.bksb.BksbClient;
import org.bksbbridge.sync.users.BksbUser;
import org.bksbbridge.sync.users.BksbUserRepository;

/**
 * Asks bksb for a user name the account's listing lacks (the listing is our assumption about bksb's
 * API), with getUserId, and remembers the user when found. Apart from the look-ups because it calls
 * bksb and writes: a look-up does neither.
 */
@ApplicationScoped
public class UserAsker {
  @Inject BksbUserRepository users;
  @Inject Clock clock;

  /** Runs in the caller's transaction, which the user found is stored in. */
  public Optional<BksbUser> ask(BksbClient client, long accountId, String username) {
    return client
        .userId(username)
        .map(
            id -> {
              BksbUser u = BksbUser.foundByName(accountId, id, username, clock.instant());
              users.add(u);
              return u;
            });
  }
}
