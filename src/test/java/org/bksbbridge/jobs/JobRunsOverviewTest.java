package org.bksbbridge.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.inject.spi.CDI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bksbbridge.testing.SeBatch;
import org.bksbbridge.testing.SeDatabase;
import org.junit.jupiter.api.Test;

/** The overview's queries of job_run: a centre's newest runs, and when its results were current. */
class JobRunsOverviewTest {
  private static final List<String> SYNC =
      List.of("bksb-get-users", "bksb-match-users", "bksb-get-assessments", "bksb-nightly");
  private static final List<String> RESULTS = List.of("bksb-get-assessments", "bksb-nightly");
  private static final Instant T = Instant.parse("2026-11-28T02:00:00Z");

  private static Instant at(int minutes) {
    return T.plusSeconds(60L * minutes);
  }

  @Test
  void newestRunsAndTheLastFullResultsDownloadOfACentre() throws Exception {
    try (SeBatch batch = new SeBatch(new SeDatabase())) {
      JobRuns runs = CDI.current().select(JobRuns.class).get();
      assertEquals(Optional.empty(), runs.lastCompletedFullRunEnd("DEMO", RESULTS));
      assertEquals(Map.of(), runs.latest("DEMO", SYNC));

      // A full nightly for every centre, then an incremental one (since given).
      runs.started(1, 1, "bksb-nightly", null, "schedule", at(0), null);
      runs.ended(1, "COMPLETED", "COMPLETED", at(30));
      runs.started(2, 2, "bksb-nightly", null, "schedule", at(40), "2026-11-28T02:30:00Z");
      runs.ended(2, "COMPLETED", "COMPLETED", at(41));
      // Another centre's download, later still; DEMO's own that failed; DEMO's match running.
      runs.started(3, 3, "bksb-get-assessments", "NORTH", "manager", at(50), null);
      runs.ended(3, "COMPLETED", "COMPLETED", at(55));
      runs.started(4, 4, "bksb-get-assessments", "DEMO", "manager", at(60), null);
      runs.ended(4, "FAILED", "FAILED", at(61));
      runs.started(5, 5, "bksb-match-users", "DEMO", "manager", at(70), null);

      assertEquals(Optional.of(at(30)), runs.lastCompletedFullRunEnd("DEMO", RESULTS));
      assertEquals(Optional.of(at(55)), runs.lastCompletedFullRunEnd("NORTH", RESULTS));
      Map<String, JobRun> latest = runs.latest("DEMO", SYNC);
      assertEquals(
          List.of("bksb-match-users", "bksb-get-assessments", "bksb-nightly"),
          List.copyOf(latest.keySet()));
      assertEquals(5, latest.get("bksb-match-users").getExecutionId());
      assertEquals("STARTED", latest.get("bksb-match-users").getBatchStatus());
      assertEquals(4, latest.get("bksb-get-assessments").getExecutionId());
      assertEquals(2, latest.get("bksb-nightly").getExecutionId(), "runs for all centres count");
      assertEquals("2026-11-28T02:30:00Z", latest.get("bksb-nightly").getSince());
      assertFalse(latest.containsKey("bksb-get-users"));
      assertTrue(runs.latest("EAST", SYNC).containsKey("bksb-nightly"));
      assertFalse(runs.latest("EAST", SYNC).containsKey("bksb-get-assessments"));
      batch.db.close();
    }
  }
}
