package org.bksbbridge.events;

import java.util.Arrays;
import java.util.Optional;

/** What an event tells the MIS, by the name it carries on the wire ({@code result.created}). */
public enum EventType {
  RESULT_CREATED("result.created"),
  RESULT_UPDATED("result.updated"),
  LEARNER_LINKED("learner.linked"),
  LEARNER_UNLINKED("learner.unlinked"),
  ACCOUNT_CREATED("account.created"),
  ACCOUNT_FAILED("account.failed"),
  JOB_COMPLETED("job.completed"),
  JOB_FAILED("job.failed"),
  JOB_HELD("job.held");

  private final String wire;

  EventType(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  /** By its wire name, exactly. */
  public static Optional<EventType> ofWire(String name) {
    return Arrays.stream(values()).filter(t -> t.wire.equals(name)).findFirst();
  }
}
