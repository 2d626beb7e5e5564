package org.bksbbridge.accounts;

import java.io.Serializable;

/** What bksb-create-users did with one learner, for its writer to count and list. */
public record AccountOutcome(long learnerId, String reference, Kind kind, String detail)
    implements Serializable {

  /** With the job counter each kind adds to. */
  public enum Kind {
    CREATED("accountsCreated"),
    WOULD_CREATE("accountsWouldCreate"),
    SKIPPED("creationsSkipped"),
    FAILED("creationsFailed");

    private final String counter;

    Kind(String counter) {
      this.counter = counter;
    }

    public String counter() {
      return counter;
    }
  }

  /** As the run's skipped records list it. */
  String reason() {
    return switch (kind) {
      case CREATED -> "created: " + detail;
      case WOULD_CREATE -> "dry run, would create: " + detail;
      case SKIPPED -> "skipped: " + detail;
      case FAILED -> "failed: " + detail;
    };
  }
}
