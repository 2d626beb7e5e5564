package org.bksbbridge.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.bksbbridge.sync.users.BksbUser;
import org.bksbbridge.sync.users.BksbUserRepository;
import org.bksbbridge.sync.users.UserRecord;

/**
 * Remembers a user bksb-bridge created (or found by name after a creation it could not confirm), so
 * that look-ups by email and name see it before the next listing does.
 */
@ApplicationScoped
public class CreatedUsers {
  @Inject BksbUserRepository users;
  @Inject Clock clock;

  /**
   * Runs in the caller's transaction; a record of the same id already kept takes the values sent.
   */
  public void remember(UserRecord sent) {
    users
        .byIdUnflushed(sent.accountId(), sent.bksbUserId())
        .ifPresentOrElse(
            u -> u.takeCreated(sent, clock.instant()),
            () -> users.add(BksbUser.created(sent, clock.instant())));
  }
}
