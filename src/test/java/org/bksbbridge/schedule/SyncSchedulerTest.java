package org.bksbbridge.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.inject.spi.CDI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bksbbridge.testing.SeBatch;
import org.bksbbridge.testing.SeDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two servers' tickers over one database of claims, with the schedule and the job start replaced:
 * which minutes start which runs, and how often.
 */
class SyncSchedulerTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private SeBatch batch;
  private final List<String> started = new ArrayList<>();
  private boolean busy;
  private ScheduleService.InForce schedule =
      new ScheduleService.InForce(LocalTime.of(2, 0), Duration.ofHours(6), 15);
  private SyncScheduler a;
  private SyncScheduler b;

  @BeforeEach
  void twoServers() {
    batch = new SeBatch(new SeDatabase());
    a = server("host-a");
    b = server("host-b");
  }

  @AfterEach
  void close() {
    batch.close();
    batch.db.close();
  }

  private SyncScheduler server(String name) {
    SyncScheduler s = new SyncScheduler();
    s.server = name;
    // Up since the day before, unless a test says otherwise: the schedule ran before.
    up(s, "2026-11-23T12:00");
    s.claims = CDI.current().select(ScheduleClaims.class).get();
    s.schedule =
        new ScheduleService() {
          @Override
          public InForce inForce() {
            return schedule;
          }
        };
    s.starter =
        new ScheduledStart() {
          @Override
          public Outcome start(String job, Map<String, String> params) {
            if (busy) {
              return new Outcome(null, "not started: bksb-get-users execution 3 still runs", true);
            }
            started.add(name + " " + params);
            return new Outcome((long) started.size(), "started", false);
          }
        };
    return s;
  }

  /** The server starts its ticker at this local time (before its first tick). */
  private static void up(SyncScheduler s, String localDateTime) {
    s.startedAt = LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
  }

  private static void tick(SyncScheduler s, String localDateTime) {
    ZonedDateTime now = LocalDateTime.parse(localDateTime).atZone(LONDON);
    s.clock = Clock.fixed(now.toInstant(), LONDON);
    s.tickAt(now);
  }

  private long claims(String slot) {
    return batch.db.count(
        "select count(c) from ScheduleClaim c where c.slot = '" + slot + "' and c.executionId > 0");
  }

  @Test
  void aNightlyRunMissedWhileEveryServerWasDownStartsOnceWhenOneComesBack() {
    tick(a, "2026-11-24T03:07");
    tick(b, "2026-11-24T03:07");
    tick(a, "2026-11-24T03:08");
    tick(b, "2026-11-24T05:01");
    assertEquals(List.of("host-a {}"), started, "the whole user fetch, once");
    assertEquals(1, claims("nightly@2026-11-24T02:00"));
  }

  @Test
  void aNewDatabaseStartedInTheCatchUpWindowStartsNoMissedNightlyRun() {
    up(a, "2026-11-24T03:00");
    up(b, "2026-11-24T03:00:30");
    tick(a, "2026-11-24T03:01");
    tick(b, "2026-11-24T03:01");
    tick(b, "2026-11-24T05:02");
    assertTrue(started.isEmpty(), "nothing was missed: " + started);
    assertEquals(0, batch.db.count("select count(c) from ScheduleClaim c"), "nor claimed");
    assertEquals(
        Instant.parse("2026-11-24T03:00:00Z"),
        a.claims.knownOrigin(),
        "the first server's start, kept once");
    tick(b, "2026-11-25T02:00");
    assertEquals(List.of("host-b {}"), started, "the next night's run starts");
  }

  @Test
  void aServerDownAtTheNightlyTimeCatchesUpOnADatabaseThatRanBefore() {
    tick(a, "2026-11-24T01:37");
    // a is down from 01:59; b, a new server on the same database, starts at 03:00.
    up(b, "2026-11-24T03:00");
    tick(b, "2026-11-24T03:01");
    assertEquals(List.of("host-b {}"), started, "the missed 02:00 run, caught up");
    assertEquals(1, claims("nightly@2026-11-24T02:00"));
  }

  @Test
  void aNightlyRunWaitsForASyncJobStillRunningThenStartsOnce() {
    busy = true;
    tick(a, "2026-11-24T02:00");
    tick(b, "2026-11-24T02:01");
    assertEquals(
        0, batch.db.count("select count(c) from ScheduleClaim c"), "no claim kept while it waits");
    busy = false;
    tick(b, "2026-11-24T02:02");
    tick(a, "2026-11-24T02:02");
    tick(a, "2026-11-24T02:03");
    assertEquals(List.of("host-b {}"), started);
  }

  @Test
  void pastTheCatchUpWindowOnlyIncrementalRunsStart() {
    tick(a, "2026-11-24T08:01");
    assertTrue(started.isEmpty(), started.toString());
    tick(a, "2026-11-24T08:15");
    assertEquals(List.of("host-a {since=2026-11-24T07:45:00Z}"), started);
  }

  @Test
  void theNightlyRunTakesAMinuteBothWantAndIncrementalRunsGoOnAfterIt() {
    tick(a, "2026-11-24T02:00");
    tick(a, "2026-11-24T02:15");
    assertEquals(2, started.size(), started.toString());
    assertEquals("host-a {}", started.get(0));
    assertEquals("host-a {since=2026-11-24T01:45:00Z}", started.get(1));
  }

  @Test
  void aNightlyTimeSetAfterItHasPassedWaitsForTomorrow() {
    schedule = new ScheduleService.InForce(LocalTime.of(2, 0), Duration.ofHours(6), 0);
    ScheduleService saving = new ScheduleService();
    saving.claims = a.claims;
    saving.clock = Clock.fixed(Instant.parse("2026-11-24T03:00:20Z"), LONDON);
    saving.skipTodaysRunIfPassed(LocalTime.of(2, 0), Duration.ofHours(6), "admin");
    tick(a, "2026-11-24T03:01");
    tick(b, "2026-11-24T03:02");
    assertTrue(started.isEmpty(), started.toString());
    tick(a, "2026-11-25T02:00");
    assertEquals(List.of("host-a {}"), started);
  }

  @Test
  void withNoCatchUpAMissedNightlyRunIsDropped() {
    schedule = new ScheduleService.InForce(LocalTime.of(2, 0), Duration.ZERO, 0);
    tick(a, "2026-11-24T02:01");
    assertTrue(started.isEmpty(), started.toString());
    tick(a, "2026-11-25T02:00");
    assertEquals(List.of("host-a {}"), started);
  }
}
