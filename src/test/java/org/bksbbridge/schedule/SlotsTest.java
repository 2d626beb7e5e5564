package org.bksbbridge.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class SlotsTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static ZonedDateTime at(String localDateTime) {
    return java.time.LocalDateTime.parse(localDateTime).atZone(LONDON);
  }

  @Test
  void aTickALittleEarlyOrLateBelongsToTheNearestMinute() {
    assertEquals(at("2026-11-24T02:00"), Slots.minuteOf(at("2026-11-24T01:59:58")));
    assertEquals(at("2026-11-24T02:00"), Slots.minuteOf(at("2026-11-24T02:00:12")));
  }

  @Test
  void theNightlyRunIsDueAtItsMinuteOnly() {
    LocalTime two = LocalTime.of(2, 0);
    assertEquals(
        "nightly@2026-11-24T02:00",
        Slots.due(two, 0, at("2026-11-24T02:00"), null).orElseThrow().slot());
    assertTrue(Slots.due(two, 0, at("2026-11-24T02:01"), null).isEmpty());
    assertTrue(Slots.due(null, 0, at("2026-11-24T02:00"), null).isEmpty(), "off");
  }

  @Test
  void theIncrementalRunLooksBackTwoIntervalsAndYieldsToTheNightly() {
    Slots.Due d = Slots.due(LocalTime.of(2, 0), 15, at("2026-11-24T10:15"), null).orElseThrow();
    assertEquals("incremental@2026-11-24T10:15:00Z", d.slot(), "UTC (London is on GMT here)");
    assertEquals("2026-11-24T09:45:00Z", d.params().get("since"));
    assertTrue(Slots.due(LocalTime.of(2, 0), 15, at("2026-11-24T10:20"), null).isEmpty());
    assertEquals(
        "nightly@2026-11-24T02:00",
        Slots.due(LocalTime.of(2, 0), 15, at("2026-11-24T02:00"), null).orElseThrow().slot());
  }

  @Test
  void missedIncrementalRunsWidenTheNextOneButNotBeyondADay() {
    java.time.Instant lastRun = java.time.Instant.parse("2026-11-24T08:00:00Z");
    Slots.Due d = Slots.due(null, 15, at("2026-11-24T10:15"), lastRun).orElseThrow();
    assertEquals("2026-11-24T07:45:00Z", d.params().get("since"), "from before the last run");
    Slots.Due recent =
        Slots.due(null, 15, at("2026-11-24T10:15"), java.time.Instant.parse("2026-11-24T10:00:00Z"))
            .orElseThrow();
    assertEquals("2026-11-24T09:45:00Z", recent.params().get("since"));
    Slots.Due old =
        Slots.due(null, 15, at("2026-11-24T10:15"), java.time.Instant.parse("2026-11-01T00:00:00Z"))
            .orElseThrow();
    assertEquals("2026-11-23T09:15:00Z", old.params().get("since"));
  }

  @Test
  void theRepeatedAutumnHourHasItsOwnIncrementalRuns() {
    ZonedDateTime first = at("2026-10-25T01:15").withEarlierOffsetAtOverlap();
    ZonedDateTime second = first.withLaterOffsetAtOverlap();
    assertTrue(
        !Slots.due(null, 15, first, null)
            .orElseThrow()
            .slot()
            .equals(Slots.due(null, 15, second, null).orElseThrow().slot()));
  }

  @Test
  void onTheAutumnClockChangeTheNightlySlotKeepsOneName() {
    // 01:30 happens twice on 25 October 2026 in London; both ticks name the same slot.
    ZonedDateTime first = at("2026-10-25T01:30").withEarlierOffsetAtOverlap();
    ZonedDateTime second = first.withLaterOffsetAtOverlap();
    LocalTime t = LocalTime.of(1, 30);
    assertEquals(
        Slots.due(t, 0, first, null).orElseThrow().slot(),
        Slots.due(t, 0, second, null).orElseThrow().slot());
  }
}
