package org.bksbbridge.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * From measured passes to the time a result waits to be stored, over a day. A result appears at a
 * time drawn uniformly over the day; it is stored by the first run that covers its learner and
 * starts after it (a run already under way may find it too: not counted, so the figure errs long),
 * at the offset into that run measured for it. Hot learners are covered by incremental runs every
 * {@code period} seconds, except those that would start while the nightly run holds the bksb
 * account (a sync job at a time: that slot is skipped); cold learners by the nightly run.
 */
final class FreshnessModel {
  static final double DAY = 86_400;

  /** When the nightly run starts (02:00), seconds into the day. */
  static final double NIGHTLY_AT = 2 * 3600;

  private final double period;
  private final double nightlySeconds;
  private final List<Double> latencies = new ArrayList<>();
  private final List<Double> caught = new ArrayList<>();
  private final SplittableRandom random = new SplittableRandom(15);

  /**
   * @param period seconds between incremental starts (the interval, or a multiple of it when a hot
   *     pass outlasts the interval and the next slot finds it still running)
   * @param nightlySeconds how long the nightly run holds the account
   */
  FreshnessModel(double period, double nightlySeconds) {
    this.period = period;
    this.nightlySeconds = nightlySeconds;
  }

  /**
   * Draws for one hot learner whose result a pass stored {@code offset} s after it started. Also
   * draws the same appearance times for the second reading ({@link #caughtPercentile}): a run
   * already under way reads the learner at about the same point of every run, {@code chunk} seconds
   * at most before it stores what it read, so a result that appears before that read is caught by
   * that run.
   */
  void hot(double offset, double chunk, int draws) {
    for (int i = 0; i < draws; i++) {
      double u = random.nextDouble() * DAY;
      double start = Math.ceil(u / period) * period;
      while (blockedByNightly(start)) {
        start += period;
      }
      latencies.add(start - u + offset);
      double read = Math.ceil((u - offset + chunk) / period) * period;
      while (blockedByNightly(read)) {
        read += period;
      }
      caught.add(read + offset - u);
    }
  }

  /** Draws for one cold learner, stored {@code offset} s after the nightly run started. */
  void cold(double offset, int draws) {
    for (int i = 0; i < draws; i++) {
      double u = random.nextDouble() * DAY;
      double start = u <= NIGHTLY_AT ? NIGHTLY_AT : NIGHTLY_AT + DAY;
      latencies.add(start - u + offset);
    }
  }

  private boolean blockedByNightly(double start) {
    double t = start % DAY;
    return t >= NIGHTLY_AT && t < NIGHTLY_AT + nightlySeconds;
  }

  int size() {
    return latencies.size();
  }

  /** The p-th percentile (0 to 100) of the drawn latencies, in seconds. */
  double percentile(double p) {
    return percentile(latencies, p);
  }

  /** The same for hot learners when a run under way catches a result it has yet to read. */
  double caughtPercentile(double p) {
    return percentile(caught, p);
  }

  private static double percentile(List<Double> latencies, double p) {
    double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
