package org.bksbbridge.bksb;

import java.time.Duration;

/**
 * How the client talks to bksb: timeouts, pool size and the retry policy. Defaults suit the real
 * API; tests shorten the waits.
 *
 * @param maxAttempts attempts per call, the first included
 * @param backoff the first retry's wait; each retry doubles it, with full jitter
 * @param maxBackoff the longest wait between attempts, Retry-After included
 */
public record BksbClientSettings(
    Duration connectTimeout,
    Duration readTimeout,
    int maxConnections,
    int maxAttempts,
    Duration backoff,
    Duration maxBackoff) {

  public static BksbClientSettings defaults() {
    return new BksbClientSettings(
        Duration.ofSeconds(5),
        Duration.ofSeconds(30),
        32,
        5,
        Duration.ofMillis(250),
        Duration.ofSeconds(30));
  }
}
