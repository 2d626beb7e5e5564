package org.bksbbridge.sync.users;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where the listing stands: the account (by id, so centres enabled or disabled before a restart do
 * not shift it), its page, users taken from it, and when this listing of the account started (a
 * restart goes on with the same listing, so users seen before the crash count as seen by it).
 */
public record UsersCheckpoint(long accountId, int page, int taken, Instant listingStartedAt)
    implements Serializable {
  private static final long serialVersionUID = 3L;
}
