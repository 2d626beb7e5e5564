package org.bksbbridge.jobs;

import java.time.Instant;
import java.util.List;

/**
 * A held change as callers see it.
 *
 * @param affected how many it would change when held, of {@code total}
 * @param sample a few of them by name
 * @param applied how many approving changed (those unseen still), once approved
 */
public record HeldChangeView(
    long id,
    String kind,
    String jobName,
    long executionId,
    long accountId,
    List<String> centreIds,
    int affected,
    int total,
    String sample,
    String status,
    Instant heldAt,
    String decidedBy,
    Instant decidedAt,
    Integer applied) {

  static HeldChangeView of(HeldChange h) {
    return new HeldChangeView(
        h.getId(),
        h.getKind(),
        h.getJobName(),
        h.getExecutionId(),
        h.getAccountId(),
        h.getCentreIds(),
        h.getAffected(),
        h.getTotal(),
        h.getSample(),
        h.getStatus().name(),
        h.getHeldAt(),
        h.getDecidedBy(),
        h.getDecidedAt(),
        h.getApplied());
  }

  /** The centres, as words: "NORTH, SOUTH". */
  public String centreList() {
    return String.join(", ", centreIds);
  }

  /** The status as a word: "Approved". */
  public String statusWord() {
    return status.charAt(0) + status.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  public boolean pending() {
    return HeldChange.Status.PENDING.name().equals(status);
  }
}
