package org.bksbbridge.sandbox;

/**
 * Faults the sandbox injects into its API, for tests and demos of the client's resilience.
 *
 * @param errorRate share of calls (0 to 1) that fail with {@code errorStatus}
 * @param latencyMs added to every call
 * @param rateLimitPerSecond calls allowed per second before 429 with Retry-After; 0 = no limit
 * @param malformedRate share of successful calls whose body is cut short (not valid JSON)
 */
public record SandboxFaults(
    double errorRate,
    int errorStatus,
    int latencyMs,
    int rateLimitPerSecond,
    double malformedRate) {
  public static final SandboxFaults NONE = new SandboxFaults(0, 503, 0, 0, 0);
}
