package org.bksbbridge.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bksbbridge.bksb.AccountReachability;
import org.bksbbridge.bksb.BksbCall;
import org.bksbbridge.bksb.BksbConnection;
import org.bksbbridge.schema.SchemaMigrator;
import org.bksbbridge.settings.SettingsConnections;
import org.bksbbridge.settings.SettingsConnections.CentreAccount;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Readiness lists the centres' bksb reachability, stays UP, and never asks bksb or the DB often.
 */
class BksbReachabilityTest {
  static final URI BKSB = URI.create("https://live2api.example/");
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00.250Z");

  /** Enabled centres as the database would list them; counts the reads. */
  static class Centres extends SettingsConnections {
    volatile List<CentreAccount> rows = List.of();
    volatile RuntimeException failure;
    final AtomicInteger reads = new AtomicInteger();

    @Override
    public List<CentreAccount> enabledAccounts() {
      reads.incrementAndGet();
      if (failure != null) {
        throw failure;
      }
      return rows;
    }
  }

  static class Schema extends SchemaMigrator {
    volatile State state = State.READY;

    @Override
    public State state() {
      return state;
    }
  }

  final MutableClock clock = new MutableClock(T0);
  final Centres centres = new Centres();
  final Schema schema = new Schema();
  final AccountReachability reachability = new AccountReachability();
  BksbReachability check;

  @BeforeEach
  void wire() {
    check = new BksbReachability(clock);
    check.settings = centres;
    check.reachability = reachability;
    check.schema = schema;
  }

  private void call(String keyId, String secret, int status, Instant at) {
    BksbConnection c = new BksbConnection(BKSB, keyId, secret, "ANY", false);
    reachability
        .recorderFor(c)
        .record(new BksbCall(at, "ANY", null, "GET", "/api/users/search", status, 12, 1, null));
  }

  private Map<String, Object> data(HealthCheckResponse r) {
    return r.getData().orElseThrow();
  }

  @Test
  void upWithEachEnabledCentresStateWhenBksbIsDown() {
    centres.rows =
        List.of(
            new CentreAccount("EAST", BKSB, "key-east"),
            new CentreAccount("NORTH", BKSB, "key-shared"),
            new CentreAccount("SOUTH", BKSB, "key-shared"),
            new CentreAccount("WEST", BKSB, "key-west"));
    call("key-east", "secret-east-1", 200, T0.minusSeconds(600));
    call("key-east", "secret-east-1", 0, T0.minusSeconds(60));
    call("key-shared", "secret-shared-2", 200, T0.minusSeconds(30));
    call("key-west", "secret-west-3", 401, T0.minusSeconds(5));

    HealthCheckResponse r = check.detail();
    HealthCheckResponse anyone = check.call();

    assertEquals("bksb", anyone.getName());
    assertEquals(HealthCheckResponse.Status.UP, anyone.getStatus());
    assertTrue(anyone.getData().isEmpty(), "/health answers anyone: no centre ids");
    assertEquals("bksb", r.getName());
    assertEquals(HealthCheckResponse.Status.UP, r.getStatus(), "information, never a failure");
    Map<String, Object> d = data(r);
    assertEquals(
        "NO_ANSWER: no answer at 2026-03-01T09:59:00Z; last reached at 2026-03-01T09:50:00Z",
        d.get("EAST"));
    assertEquals("REACHABLE: answered 200 at 2026-03-01T09:59:30Z", d.get("NORTH"));
    assertEquals(d.get("NORTH"), d.get("SOUTH"), "centres sharing an account share its state");
    assertEquals(
        "KEYS_REFUSED: answered 401 at 2026-03-01T09:59:55Z; not reached since this server"
            + " started",
        d.get("WEST"));
    String all = d.toString();
    for (String hidden : List.of("secret", "key-", "live2api")) {
      assertFalse(all.contains(hidden), hidden + " in " + all);
    }
  }

  @Test
  void aCentreWithoutCallsIsUnknownAndNoCentreIsSaid() {
    centres.rows = List.of(new CentreAccount("EAST", BKSB, "key-east"));
    assertEquals("UNKNOWN: no call since this server started", data(check.detail()).get("EAST"));

    BksbReachability none = new BksbReachability(clock);
    none.settings = new Centres();
    none.reachability = reachability;
    none.schema = schema;
    assertEquals(Map.of("centres", "none enabled"), data(none.detail()));
  }

  @Test
  void theCentresAreReadAtMostOnceAMinuteWhileCallsShowAtOnce() {
    centres.rows = List.of(new CentreAccount("EAST", BKSB, "key-east"));
    check.detail();
    call("key-east", "s", 503, T0);
    clock.advance(Duration.ofSeconds(59));
    for (int i = 0; i < 20; i++) {
      check.detail();
    }
    assertEquals(1, centres.reads.get(), "20 probes within the minute read the centres once");
    assertTrue(((String) data(check.detail()).get("EAST")).startsWith("FAILING: answered 503"));

    centres.rows =
        List.of(new CentreAccount("EAST", BKSB, "key-east"), new CentreAccount("NEW", BKSB, "k2"));
    assertFalse(data(check.detail()).containsKey("NEW"), "not yet: the minute is not over");
    clock.advance(Duration.ofSeconds(1));
    assertTrue(data(check.detail()).containsKey("NEW"));
    assertEquals(2, centres.reads.get());
  }

  @Test
  void aDatabaseThatFailsLeavesItUpWithTheLastCentresAndIsNotAskedAgainAtOnce() {
    centres.failure = new IllegalStateException("jdbc:postgresql://db/bksb?password=hunter2");
    HealthCheckResponse r = check.detail();
    assertEquals(HealthCheckResponse.Status.UP, r.getStatus());
    assertEquals("not known yet: the database is not ready", data(r).get("centres"));
    assertFalse(data(r).toString().contains("hunter2"));
    check.detail();
    assertEquals(1, centres.reads.get(), "a failing database is asked once a minute at most");

    centres.failure = null;
    centres.rows = List.of(new CentreAccount("EAST", BKSB, "key-east"));
    clock.advance(BksbReachability.CENTRES_FOR);
    assertTrue(data(check.detail()).containsKey("EAST"));
    centres.failure = new IllegalStateException("down again");
    clock.advance(BksbReachability.CENTRES_FOR);
    assertTrue(data(check.detail()).containsKey("EAST"), "the centres last read are kept");
  }

  @Test
  void nothingIsReadWhileTheSchemaIsMigrating() {
    schema.state = SchemaMigrator.State.MIGRATING;
    HealthCheckResponse r = check.detail();
    assertEquals(HealthCheckResponse.Status.UP, r.getStatus());
    assertEquals(0, centres.reads.get());
    schema.state = SchemaMigrator.State.READY;
    centres.rows = List.of(new CentreAccount("EAST", BKSB, "key-east"));
    assertTrue(data(check.detail()).containsKey("EAST"), "read as soon as the schema is ready");
  }

  /** A clock the test moves. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
