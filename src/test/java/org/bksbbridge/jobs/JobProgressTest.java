package org.bksbbridge.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The console's estimate of a results download's end, from its rate so far in this execution. */
class JobProgressTest {
  private static final Instant START = Instant.parse("2026-12-07T02:00:00Z");

  @Test
  void theRestTakesAsLongPerLearnerAsTheDoneDid() {
    // 250 of 1,000 in 10 minutes: 750 more take 30.
    assertEquals(
        START.plusSeconds(40 * 60),
        new JobProgress(250, 1000).estimatedEnd(0, START, START.plusSeconds(10 * 60)));
  }

  @Test
  void afterARestartOnlyThisExecutionsLearnersCount() {
    // 600 were done before the restart; 100 more in 5 minutes: 300 left take 15.
    assertEquals(
        START.plusSeconds(20 * 60),
        new JobProgress(700, 1000).estimatedEnd(600, START, START.plusSeconds(5 * 60)));
  }

  @Test
  void tooLittleDoneOrNothingLeftGivesNoEstimate() {
    assertNull(new JobProgress(19, 1000).estimatedEnd(0, START, START.plusSeconds(60)));
    assertNull(new JobProgress(1000, 1000).estimatedEnd(0, START, START.plusSeconds(60)));
    assertNull(new JobProgress(500, 1000).estimatedEnd(0, null, START));
  }

  @Test
  void theRunningStepsStartAndTheCountersGiveTheExecutionsEstimate() {
    var steps =
        java.util.List.of(
            new JobExecutionView.Step(
                "users", "COMPLETED", START.minusSeconds(300), 0, 0, 0, 0, 0, 0),
            new JobExecutionView.Step("results", "STARTED", START, 0, 0, 0, 0, 0, 0));
    var counters =
        java.util.Map.of(
            JobProgress.TOTAL, 1000L,
            JobProgress.DONE, 240L,
            JobProgress.SKIPPED, 10L,
            JobProgress.AT_START, 0L);
    assertEquals(
        START.plusSeconds(40 * 60),
        JobProgress.estimatedEnd(steps, counters, START.plusSeconds(10 * 60)));
    assertNull(JobProgress.estimatedEnd(steps.subList(0, 1), counters, START), "no step running");
  }
}
