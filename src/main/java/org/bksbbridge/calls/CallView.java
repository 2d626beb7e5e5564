package org.bksbbridge.calls;

import java.time.Instant;
import org.bksbbridge.bksb.BksbCall;

/**
 * One recorded bksb call attempt: when, for which job execution (null: outside a job), what
 * (method, path with its query, endpoint), bksb's status (0: no answer, then {@code error} says
 * why), how long it took and which attempt of the call it was (retries count up from 1).
 */
public record CallView(
    Instant at,
    Long executionId,
    String method,
    String path,
    String endpoint,
    int status,
    boolean ok,
    long durationMillis,
    int attempt,
    String error) {

  static CallView of(BksbCall c) {
    return new CallView(
        c.at(),
        c.executionId(),
        c.method(),
        c.path(),
        c.endpoint(),
        c.status(),
        c.ok(),
        c.durationMillis(),
        c.attempt(),
        c.error());
  }
}
