package org.bksbbridge.sync.users;

import java.time.Instant;

/**
 * The reader's word that it read an account's listing to its last page, handed to the writer after
 * the account's last user. Only such a complete listing may mark users gone, and only those last
 * seen before it started: a user missing from a half-read or overlapping listing stays live.
 */
public record ListingComplete(long accountId, Instant startedAt) {}
