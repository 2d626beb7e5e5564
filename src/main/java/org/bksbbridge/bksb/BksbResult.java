package org.bksbbridge.bksb;

import java.time.LocalDateTime;

/**
 * A result in our model. {@code rawResult} is always what bksb sent, so an UNKNOWN level can be
 * mapped later without downloading again.
 */
public record BksbResult(
    long sessionId,
    ResultType type,
    Subject subject,
    String rawSubject,
    Level level,
    String rawResult,
    Integer percent,
    String assessmentName,
    String assessmentId,
    String courseName,
    LocalDateTime completedAt) {}
