package org.bksbbridge.schedule;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The runs the ticker will start next, worked out minute by minute with the ticker's own rules
 * ({@link Slots}, and {@link SyncScheduler#tickAt}: a nightly run due takes its minute from an
 * incremental one, and a nightly run already claimed is not started again). What no rule can know
 * is left out: a sync job still running delays a nightly run and skips an incremental one, and runs
 * need a server that is up.
 */
final class NextRuns {
  /** A nightly run is due within a day, plus a catch-up window of under a day. */
  static final int HORIZON_MINUTES = 48 * 60;

  private NextRuns() {}

  /**
   * @param now the clock now, in the schedule's zone
   * @param origin when the schedule first ran on this database (null: not yet, so from now)
   * @param claimed whether a run (by slot) was claimed already; asked once per slot
   * @param incrementals how many incremental runs to list at most; the next nightly run is always
   *     listed when there is one
   */
  static List<ScheduleView.Planned> of(
      ScheduleService.InForce f,
      ZonedDateTime now,
      Instant origin,
      Predicate<String> claimed,
      int incrementals) {
    Instant since = origin == null ? now.toInstant() : origin;
    List<ScheduleView.Planned> out = new ArrayList<>();
    Map<String, Boolean> known = new HashMap<>();
    // The tick of this minute has come (or comes at once): the next one starts anything new.
    ZonedDateTime first = now.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
    boolean nightlyFound = f.nightlyAt() == null;
    int incrementalCount = f.incrementalMinutes() <= 0 ? incrementals : 0;
    for (int i = 0; i < HORIZON_MINUTES; i++) {
      if (nightlyFound && incrementalCount >= incrementals) {
        break;
      }
      ZonedDateTime minute = first.plusMinutes(i);
      Optional<Slots.Due> nightly =
          Slots.nightly(f.nightlyAt(), minute, f.nightlyCatchUp(), since)
              .filter(d -> !listed(out, d) && !known.computeIfAbsent(d.slot(), claimed::test));
      if (nightly.isPresent()) {
        out.add(planned(Slots.NIGHTLY, nightly.get(), minute));
        nightlyFound = true;
        continue;
      }
      if (incrementalCount < incrementals) {
        Optional<Slots.Due> incremental =
            Slots.incremental(f.incrementalMinutes(), minute, () -> null);
        if (incremental.isPresent()) {
          out.add(planned(Slots.INCREMENTAL, incremental.get(), minute));
          incrementalCount++;
        }
      }
    }
    return out;
  }

  private static boolean listed(List<ScheduleView.Planned> out, Slots.Due d) {
    return out.stream().anyMatch(p -> p.slot().equals(d.slot()));
  }

  private static ScheduleView.Planned planned(String run, Slots.Due d, ZonedDateTime minute) {
    return new ScheduleView.Planned(run, d.slot(), minute.toInstant(), d.at());
  }
}
