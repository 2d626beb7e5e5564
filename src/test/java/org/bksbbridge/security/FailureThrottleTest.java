package org.bksbbridge.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailureThrottleTest {
  private final FailureThrottle throttle =
      new FailureThrottle(
          new FailureThrottle.Policy(
              5, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofSeconds(100)));
  private Instant now = Instant.parse("2026-11-29T10:00:00Z");

  private void fail(int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed("ada", now);
      now = now.plusMillis(10);
    }
  }

  @Test
  void fiveQuickFailuresBlockTheKeyAndTheBlockGrows() {
    fail(4);
    assertEquals(Duration.ZERO, throttle.blockedFor("ada", now));
    fail(1);
    assertEquals(Duration.ofSeconds(30).minusMillis(10), throttle.blockedFor("ada", now));
    assertEquals(Duration.ZERO, throttle.blockedFor("grace", now), "other keys are unaffected");

    now = now.plusSeconds(30);
    assertEquals(Duration.ZERO, throttle.blockedFor("ada", now));
    fail(1);
    assertEquals(Duration.ofSeconds(60).minusMillis(10), throttle.blockedFor("ada", now));
    now = now.plusSeconds(60);
    fail(1);
    assertEquals(Duration.ofSeconds(100).minusMillis(10), throttle.blockedFor("ada", now), "max");
    now = now.plusSeconds(100);
    fail(1);
    assertEquals(Duration.ofSeconds(100).minusMillis(10), throttle.blockedFor("ada", now));
  }

  @Test
  void aQuietWindowOrASuccessForgetsTheFailures() {
    fail(4);
    now = now.plus(Duration.ofMinutes(15));
    fail(4);
    assertEquals(Duration.ZERO, throttle.blockedFor("ada", now));
    throttle.succeeded("ada");
    fail(4);
    assertEquals(Duration.ZERO, throttle.blockedFor("ada", now));
  }

  @Test
  void randomKeysAreSweptOnceForgotten() {
    for (int i = 0; i <= FailureThrottle.SWEEP_ABOVE; i++) {
      throttle.failed("user" + i, now);
    }
    now = now.plus(Duration.ofMinutes(16));
    throttle.failed("late", now);
    assertEquals(1, throttle.keys());
    fail(5);
    assertEquals(Duration.ofSeconds(30).minusMillis(10), throttle.blockedFor("ada", now));
  }

  @Test
  void anAttemptTakenBackLiftsTheBlockItCaused() {
    fail(5);
    assertEquals(Duration.ofSeconds(30).minusMillis(10), throttle.blockedFor("ada", now));
    throttle.undo("ada", now);
    assertEquals(Duration.ZERO, throttle.blockedFor("ada", now), "four failures: no block");
    fail(1);
    assertEquals(Duration.ofSeconds(30).minusMillis(10), throttle.blockedFor("ada", now));
  }
}
