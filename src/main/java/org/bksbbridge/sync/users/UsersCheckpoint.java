package org.bksbbridge.sync.users;

import java.io.Serializable;

/** Where the listing stands: the account (by position), its page, and users taken from it. */
public record UsersCheckpoint(int account, int page, int taken) implements Serializable {}
