package org.bksbbridge.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class JobSummaryTest {
  @Test
  void oneLineWithTheStepsCountsSummedAndTheCounters() {
    var steps =
        List.of(
            new JobExecutionView.Step("users", "COMPLETED", null, 300, 290, 4, 6, 3, 0),
            new JobExecutionView.Step("match", "COMPLETED", null, 240, 200, 40, 0, 1, 1));
    Map<String, Long> counters = new TreeMap<>(Map.of("learners", 240L, "results", 1200L));
    String line =
        JobSummary.line(
            "bksb-nightly",
            12,
            11,
            null,
            "host/bksb",
            "FAILED",
            "bksb answered 503 \"busy\"",
            Duration.ofMillis(12_340),
            steps,
            counters);
    assertEquals(
        "bksb-bridge job ended: job=bksb-nightly execution=12 instance=11 centre=all"
            + " server=host/bksb status=FAILED exitStatus=\"bksb answered 503 \\\"busy\\\"\""
            + " seconds=12.3 steps=2 read=540 written=490 filtered=44 skipped=6 rollbacks=1"
            + " learners=240 results=1200",
        line);
  }

  @Test
  void aJobStillStartedInItsListenerEndsAsItsStepsDid() {
    var done = new JobExecutionView.Step("a", "COMPLETED", null, 1, 1, 0, 0, 1, 0);
    var failed = new JobExecutionView.Step("b", "FAILED", null, 1, 0, 0, 0, 0, 1);
    assertEquals("COMPLETED", JobRunListener.status("STARTED", List.of(done)));
    assertEquals("FAILED", JobRunListener.status("STARTED", List.of(done, failed)));
    assertEquals("STOPPED", JobRunListener.status("STOPPED", List.of(done)));
  }
}
