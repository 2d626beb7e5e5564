package org.bksbbridge.jobs;

import java.time.Instant;
import java.util.List;

/**
 * A kind of change a job may hold for approval, implemented by the feature that makes it (users
 * gone from bksb: {@code sync/users}), so that this package decides on held changes without knowing
 * what they change.
 */
public interface HeldChangeKind {
  /** The kind as held changes name it ({@code USERS_GONE}). */
  String name();

  /** Every centre in which deciding on the change needs "Run BKSB Jobs": its account's, now. */
  List<String> centres(HeldChange change);

  /**
   * Applies the change as far as it still holds (what changed since it was held is left), in the
   * caller's transaction.
   *
   * @return how many rows it changed
   */
  int apply(HeldChange change, Instant now);
}
