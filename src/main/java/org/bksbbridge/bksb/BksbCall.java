package org.bksbbridge.bksb;

import java.time.Instant;

/**
 * One HTTP attempt against bksb, as the call log keeps it. {@code path} has the query string (user
 * names, paging) but never credentials: those travel only in the Authorization header, and query
 * parameters named like one are redacted ({@link CallPaths#redact}). {@code executionId} is the job
 * execution that made the call, null for calls outside a job (a connection test, one learner's
 * refresh, a manual link).
 */
public record BksbCall(
    Instant at,
    String centreId,
    Long executionId,
    String method,
    String path,
    int status,
    long durationMillis,
    int attempt,
    String error) {

  /** The endpoint without ids or query, e.g. {@code /users/search}. */
  public String endpoint() {
    return CallPaths.endpoint(path);
  }

  /** A 2xx answer; anything else (another status, or no answer at all: 0) failed. */
  public boolean ok() {
    return status / 100 == 2;
  }
}
