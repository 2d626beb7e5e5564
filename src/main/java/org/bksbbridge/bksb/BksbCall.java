package org.bksbbridge.bksb;

import java.time.Instant;

/**
 * One HTTP attempt against bksb, as the call log keeps it. {@code path} has the query string (user
 * names, paging) but never credentials: those travel only in the Authorization header.
 */
public record BksbCall(
    Instant at,
    String centreId,
    String method,
    String path,
    int status,
    long durationMillis,
    int attempt,
    String error) {}
