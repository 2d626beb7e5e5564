package org.bksbbridge.sync.users;

import java.io.Serializable;

/**
 * Where the listing stands: the account (by id, so centres enabled or disabled before a restart do
 * not shift it), its page, and users taken from it.
 */
public record UsersCheckpoint(long accountId, int page, int taken) implements Serializable {
  private static final long serialVersionUID = 2L;
}
