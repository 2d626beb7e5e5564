package org.bksbbridge.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The planned runs a page shows agree with the minutes the ticker acts on. */
class NextRunsTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static ZonedDateTime at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(LONDON);
  }

  /** The schedule has run on this database for long. */
  private static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");

  private static ScheduleService.InForce schedule(LocalTime nightly, int minutes) {
    return new ScheduleService.InForce(nightly, Duration.ofHours(6), minutes);
  }

  /** Each run as "slot at local-time", for short assertions. */
  private static List<String> plan(
      ScheduleService.InForce f, String now, Predicate<String> claimed, int incrementals) {
    return NextRuns.of(f, at(now), LONG_AGO, claimed, incrementals).stream()
        .map(p -> p.slot() + " at " + p.at().atZone(LONDON).toLocalDateTime())
        .toList();
  }

  @Test
  void theNightlyRunTakesItsMinuteAndIncrementalRunsGoOnAfterIt() {
    assertEquals(
        List.of(
            "nightly@2026-11-24T02:00 at 2026-11-24T02:00",
            "incremental@2026-11-24T02:15:00Z at 2026-11-24T02:15",
            "incremental@2026-11-24T02:30:00Z at 2026-11-24T02:30",
            "incremental@2026-11-24T02:45:00Z at 2026-11-24T02:45"),
        plan(schedule(LocalTime.of(2, 0), 15), "2026-11-24T01:52:30", s -> false, 3));
  }

  @Test
  void aNightlyRunNotYetClaimedInItsWindowStartsAtTheNextTick() {
    List<ScheduleView.Planned> p =
        NextRuns.of(
            schedule(LocalTime.of(2, 0), 0), at("2026-11-24T03:07:20"), LONG_AGO, s -> false, 5);
    assertEquals(1, p.size(), p.toString());
    assertEquals("nightly@2026-11-24T02:00", p.get(0).slot());
    assertEquals(at("2026-11-24T03:08").toInstant(), p.get(0).at());
    assertEquals(at("2026-11-24T02:00").toInstant(), p.get(0).due());
    assertTrue(p.get(0).catchingUp());
  }

  @Test
  void aNewDatabaseHasNoMissedNightlyRunToPlan() {
    String tomorrow = "nightly@2026-11-25T02:00";
    for (Instant origin : new Instant[] {null, at("2026-11-24T03:05").toInstant()}) {
      List<ScheduleView.Planned> p =
          NextRuns.of(
              schedule(LocalTime.of(2, 0), 0), at("2026-11-24T03:07:20"), origin, s -> false, 5);
      assertEquals(1, p.size(), p.toString());
      assertEquals(tomorrow, p.get(0).slot(), "first ran at " + origin);
    }
  }

  @Test
  void aNightlyRunClaimedAlreadyIsNextDueTomorrowAndEachSlotIsAskedOnce() {
    List<String> asked = new ArrayList<>();
    Predicate<String> claimed =
        s -> {
          asked.add(s);
          return s.equals("nightly@2026-11-24T02:00");
        };
    assertEquals(
        List.of(
            "incremental@2026-11-24T04:00:00Z at 2026-11-24T04:00",
            "incremental@2026-11-24T05:00:00Z at 2026-11-24T05:00",
            "nightly@2026-11-25T02:00 at 2026-11-25T02:00"),
        plan(schedule(LocalTime.of(2, 0), 60), "2026-11-24T03:07", claimed, 2));
    assertEquals(List.of("nightly@2026-11-24T02:00", "nightly@2026-11-25T02:00"), asked);
  }

  @Test
  void nothingIsPlannedWhenBothRunsAreOff() {
    assertEquals(List.of(), plan(schedule(null, 0), "2026-11-24T03:07", s -> false, 5));
    assertEquals(
        List.of("nightly@2026-11-25T01:00 at 2026-11-25T01:00"),
        plan(schedule(LocalTime.of(1, 0), 0), "2026-11-24T07:30", Set.of()::contains, 5),
        "past its window: tomorrow");
  }

  @Test
  void aNightlyTimeTheSpringClockChangeSkipsIsPlannedWhereTheTickerStartsIt() {
    // 01:30 does not happen on 29 March 2026 in London; Slots names the minute the ticker uses.
    List<ScheduleView.Planned> p =
        NextRuns.of(
            schedule(LocalTime.of(1, 30), 0), at("2026-03-29T00:50"), LONG_AGO, s -> false, 0);
    assertEquals(1, p.size(), p.toString());
    ZonedDateTime planned = p.get(0).at().atZone(LONDON);
    assertEquals(
        Slots.nightly(LocalTime.of(1, 30), planned, Duration.ZERO, null).orElseThrow().slot(),
        p.get(0).slot());
    assertEquals("nightly@2026-03-29T01:30", p.get(0).slot());
  }
}
