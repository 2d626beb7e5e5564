package org.bksbbridge.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The benchmark's model of a day of runs, against the figures worked out by hand. */
class FreshnessModelTest {
  @Test
  void aHotLearnerWaitsForTheNextStartThenItsOffset() {
    FreshnessModel m = new FreshnessModel(300, 0);
    m.hot(10, 1, 20_000);
    // Uniform wait over [0, 300) plus 10 s; caught by a run under way: [1, 301).
    assertEquals(0.95 * 300 + 10, m.percentile(95), 3);
    assertEquals(0.5 * 300 + 10, m.percentile(50), 3);
    assertEquals(0.95 * 300 + 1, m.caughtPercentile(95), 3);
    assertEquals(310, m.percentile(100), 1);
  }

  @Test
  void theNightlyRunTakesTheSlotsItHolds() {
    FreshnessModel m = new FreshnessModel(300, 900);
    m.hot(0, 0, 50_000);
    // Slots at 02:00, 02:05 and 02:10 skipped: a result just after 01:55 waits until 02:15.
    assertEquals(1200, m.percentile(100), 10);
  }

  @Test
  void aColdLearnerWaitsForTheNightlyRun() {
    FreshnessModel m = new FreshnessModel(300, 0);
    m.cold(600, 20_000);
    assertEquals(0.95 * 86_400 + 600, m.percentile(95), 0.01 * 86_400);
    assertEquals(86_400 + 600, m.percentile(100), 10);
  }
}
