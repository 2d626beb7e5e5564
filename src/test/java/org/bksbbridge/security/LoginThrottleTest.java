package org.bksbbridge.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  private LoginThrottle throttle() {
    LoginThrottle t = new LoginThrottle();
    t.clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
    t.maxFailures = 5;
    t.maxFailuresPerAddress = 20;
    t.windowMinutes = 15;
    t.blockSeconds = 30;
    t.maxBlockSeconds = 900;
    t.init();
    return t;
  }

  @Test
  void attemptsCountBeforeTheCheckSoABurstCannotAllPass() {
    LoginThrottle t = throttle();
    int let = 0;
    for (int i = 0; i < 50; i++) {
      if (t.attempt("ada", "192.0.2.7") == 0) {
        let++;
      }
    }
    assertEquals(5, let, "five checked, the rest refused unchecked");
  }

  @Test
  void aRightPasswordGivesTheAddressItsAttemptBack() {
    LoginThrottle t = throttle();
    for (int i = 0; i < 25; i++) {
      assertEquals(0, t.attempt("user" + i, "192.0.2.8"), "sign-in " + i);
      t.succeeded("user" + i, "192.0.2.8");
    }
  }

  @Test
  void anIpv6NetworkSharesOneCount() {
    LoginThrottle t = throttle();
    for (int i = 0; i < 20; i++) {
      t.attempt("name" + i, "2001:db8:1:2::" + Integer.toHexString(i + 1));
    }
    assertTrue(t.attempt("another", "2001:db8:1:2:ffff::9") > 0, "the /64 is blocked");
    assertEquals(0, t.attempt("another", "2001:db8:1:3::1"), "another /64 is not");
  }

  @Test
  void hugeUserNamesAreCut() {
    assertEquals(256, LoginThrottle.userKey("x".repeat(30_000)).length());
    assertEquals("ada", LoginThrottle.userKey(" Ada "));
  }
}
