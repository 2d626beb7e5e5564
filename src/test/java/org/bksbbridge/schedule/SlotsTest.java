package org.bksbbridge.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlotsTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final LocalTime TWO = LocalTime.of(2, 0);
  private static final Duration SIX_HOURS = Duration.ofHours(6);

  private static ZonedDateTime at(String localDateTime) {
    return java.time.LocalDateTime.parse(localDateTime).atZone(LONDON);
  }

  private static Optional<String> nightly(LocalTime time, ZonedDateTime minute, Duration catchUp) {
    return Slots.nightly(time, minute, catchUp, null).map(Slots.Due::slot);
  }

  private static Slots.Due incremental(int minutes, ZonedDateTime minute, Instant lastStarted) {
    return Slots.incremental(minutes, minute, () -> lastStarted).orElseThrow();
  }

  @Test
  void aTickALittleEarlyOrLateBelongsToTheNearestMinute() {
    assertEquals(at("2026-11-24T02:00"), Slots.minuteOf(at("2026-11-24T01:59:58")));
    assertEquals(at("2026-11-24T02:00"), Slots.minuteOf(at("2026-11-24T02:00:12")));
  }

  @Test
  void withoutCatchUpTheNightlyRunIsDueAtItsMinuteOnly() {
    assertEquals(
        Optional.of("nightly@2026-11-24T02:00"),
        nightly(TWO, at("2026-11-24T02:00"), Duration.ZERO));
    assertTrue(nightly(TWO, at("2026-11-24T02:01"), Duration.ZERO).isEmpty());
    assertTrue(nightly(null, at("2026-11-24T02:00"), SIX_HOURS).isEmpty(), "off");
  }

  @Test
  void aNightlyRunStaysDueThroughItsCatchUpWindowUnderOneName() {
    assertEquals(
        Optional.of("nightly@2026-11-24T02:00"), nightly(TWO, at("2026-11-24T08:00"), SIX_HOURS));
    assertTrue(nightly(TWO, at("2026-11-24T08:01"), SIX_HOURS).isEmpty(), "window over");
    assertTrue(nightly(TWO, at("2026-11-24T01:59"), SIX_HOURS).isEmpty(), "not yet");
    assertEquals(
        Optional.of("nightly@2026-11-23T23:00"),
        nightly(LocalTime.of(23, 0), at("2026-11-24T03:00"), SIX_HOURS),
        "a window past midnight belongs to the day before");
  }

  @Test
  void aNightlyRunDueBeforeTheScheduleFirstRanIsNotCaughtUp() {
    ZonedDateTime three = at("2026-11-24T03:00");
    assertTrue(
        Slots.nightly(TWO, three, SIX_HOURS, at("2026-11-24T02:00:20").toInstant()).isEmpty(),
        "first ran 20 s after its time: nothing was missed");
    assertEquals(
        Optional.of("nightly@2026-11-24T02:00"),
        Slots.nightly(TWO, three, SIX_HOURS, at("2026-11-24T02:00").toInstant())
            .map(Slots.Due::slot),
        "first ran at its minute");
    assertEquals(
        Optional.of("nightly@2026-11-24T02:00"),
        Slots.nightly(TWO, three, SIX_HOURS, at("2026-11-23T12:00").toInstant())
            .map(Slots.Due::slot),
        "ran before, down at its time: caught up");
  }

  @Test
  void aNightlyTimeTheSpringClockChangeSkipsRunsAtTheFirstMinuteAfter() {
    // 01:30 does not happen on 29 March 2026 in London: clocks go from 01:00 to 02:00.
    assertEquals(
        Optional.of("nightly@2026-03-29T01:30"),
        nightly(LocalTime.of(1, 30), at("2026-03-29T02:30"), Duration.ZERO));
  }

  @Test
  void onTheAutumnClockChangeTheNightlySlotKeepsOneName() {
    // 01:30 happens twice on 25 October 2026 in London; both ticks name the same slot.
    ZonedDateTime first = at("2026-10-25T01:30").withEarlierOffsetAtOverlap();
    ZonedDateTime second = first.withLaterOffsetAtOverlap();
    LocalTime t = LocalTime.of(1, 30);
    assertEquals(nightly(t, first, SIX_HOURS), nightly(t, second, SIX_HOURS));
    assertTrue(nightly(t, first, SIX_HOURS).isPresent());
  }

  @Test
  void theIncrementalRunLooksBackTwoIntervals() {
    Slots.Due d = incremental(15, at("2026-11-24T10:15"), null);
    assertEquals("incremental@2026-11-24T10:15:00Z", d.slot(), "UTC (London is on GMT here)");
    assertEquals("2026-11-24T09:45:00Z", d.params().get("since"));
    assertTrue(Slots.incremental(15, at("2026-11-24T10:20"), () -> null).isEmpty());
    assertTrue(Slots.incremental(0, at("2026-11-24T10:15"), () -> null).isEmpty(), "off");
  }

  @Test
  void theLastStartIsAskedOnlyOnAnIncrementalMinute() {
    assertTrue(
        Slots.incremental(
                15,
                at("2026-11-24T10:20"),
                () -> {
                  throw new AssertionError("asked on a minute with no run");
                })
            .isEmpty());
  }

  @Test
  void missedIncrementalRunsWidenTheNextOneButNotBeyondADay() {
    ZonedDateTime minute = at("2026-11-24T10:15");
    assertEquals(
        "2026-11-24T07:45:00Z",
        incremental(15, minute, Instant.parse("2026-11-24T08:00:00Z")).params().get("since"),
        "from before the last run");
    assertEquals(
        "2026-11-24T09:45:00Z",
        incremental(15, minute, Instant.parse("2026-11-24T10:00:00Z")).params().get("since"));
    assertEquals(
        "2026-11-23T09:15:00Z",
        incremental(15, minute, Instant.parse("2026-11-01T00:00:00Z")).params().get("since"));
  }

  @Test
  void theRepeatedAutumnHourHasItsOwnIncrementalRuns() {
    ZonedDateTime first = at("2026-10-25T01:15").withEarlierOffsetAtOverlap();
    ZonedDateTime second = first.withLaterOffsetAtOverlap();
    assertNotEquals(incremental(15, first, null).slot(), incremental(15, second, null).slot());
  }
}
