package org.bksbbridge.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per key (a user name, or a client address) and, once {@code maxFailures}
 * fall within {@code window} of each other, refuses that key for a delay that doubles with every
 * further failure, up to {@code maxBlock}. A quiet window forgets the key. Kept in memory: each
 * server counts its own attempts (several servers behind a balancer multiply the allowance).
 */
final class FailureThrottle {
  /** Beyond this many keys, forgotten ones are swept out, so random names cannot fill the heap. */
  static final int SWEEP_ABOVE = 10_000;

  record Policy(int maxFailures, Duration window, Duration firstBlock, Duration maxBlock) {}

  private record Entry(int failures, Instant last, Instant blockedUntil) {}

  private final Policy policy;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  FailureThrottle(Policy policy) {
    this.policy = policy;
  }

  /** How long the key must still wait; zero when it may try. */
  Duration blockedFor(String key, Instant now) {
    Entry e = entries.get(key);
    if (e == null || !now.isBefore(e.blockedUntil())) {
      return Duration.ZERO;
    }
    return Duration.between(now, e.blockedUntil());
  }

  /** When the last sweep ran: a flood of new keys sweeps once a minute, not on every failure. */
  private volatile Instant lastSweep = Instant.EPOCH;

  void failed(String key, Instant now) {
    if (entries.size() > SWEEP_ABOVE && now.isAfter(lastSweep.plusSeconds(60))) {
      lastSweep = now;
      entries.values().removeIf(e -> forgotten(e, now));
    }
    entries.compute(
        key,
        (k, e) -> {
          int failures = e == null || forgotten(e, now) ? 1 : e.failures() + 1;
          Instant until = now;
          if (failures >= policy.maxFailures()) {
            until = now.plus(delay(failures - policy.maxFailures()));
          }
          return new Entry(failures, now, until);
        });
  }

  void succeeded(String key) {
    entries.remove(key);
  }

  /**
   * Takes back one counted attempt that turned out right (attempts are counted before the check, so
   * parallel ones cannot all slip through); a block it had caused is lifted.
   */
  void undo(String key, Instant now) {
    entries.computeIfPresent(
        key,
        (k, e) -> {
          int failures = e.failures() - 1;
          if (failures <= 0) {
            return null;
          }
          return new Entry(
              failures, e.last(), failures >= policy.maxFailures() ? e.blockedUntil() : now);
        });
  }

  /** How many keys are remembered (for tests of the sweep). */
  int keys() {
    return entries.size();
  }

  /** The first block, doubled per failure beyond the limit, never above the maximum. */
  private Duration delay(int beyond) {
    Duration d = policy.firstBlock();
    for (int i = 0; i < beyond && d.compareTo(policy.maxBlock()) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(policy.maxBlock()) > 0 ? policy.maxBlock() : d;
  }

  private boolean forgotten(Entry e, Instant now) {
    return !now.isBefore(e.blockedUntil()) && !now.isBefore(e.last().plus(policy.window()));
  }
}
