package org.bksbbridge.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bksbbridge.testing.SeDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The console's queries over 10,000 runs: a page is read in SQL (20 rows, newest first, filtered,
 * limited to what the caller sees), and the latest execution of each instance decides which runs
 * may be restarted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobRunsTest {
  private static final int RUNS = 10_000;
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private SeDatabase db;
  private JobRuns runs;

  /** Once for the class: the tests only read. */
  @BeforeAll
  void fill() {
    db = new SeDatabase();
    runs = new JobRuns();
    runs.em = db.current();
    EntityManager em = db.current();
    em.getTransaction().begin();
    for (int i = 1; i <= RUNS; i++) {
      // Every tenth execution restarts the one before it (same instance).
      long instance = i % 10 == 0 ? i - 1 : i;
      String centre = i % 3 == 0 ? null : (i % 3 == 1 ? "A" : "B");
      JobRun r =
          new JobRun(
              i,
              instance,
              i % 2 == 0 ? "bksb-nightly" : "bksb-get-users",
              centre,
              "x",
              T0.plusSeconds(i),
              null);
      r.ended(i % 7 == 0 ? "FAILED" : "COMPLETED", null, T0.plusSeconds(i + 1));
      em.persist(r);
      if (i % 1000 == 0) {
        em.flush();
        em.clear();
      }
    }
    em.getTransaction().commit();
    em.clear();
  }

  @AfterAll
  void close() {
    db.close();
  }

  @Test
  void aPageOfTenThousandIsTwentyRowsNewestFirst() {
    long start = System.nanoTime();
    JobRuns.Page page =
        runs.page(
            new JobRuns.Filter("bksb-nightly", null, "FAILED"),
            new JobRuns.Visible(true, Set.of()),
            3,
            20);
    System.out.printf(
        "JobRunsTest: page 3 of %d failed nightly runs in %d ms%n",
        page.total(), (System.nanoTime() - start) / 1_000_000);
    // Even and divisible by 7: every 14th.
    assertEquals(RUNS / 14, page.total());
    assertEquals(20, page.items().size());
    long newest = RUNS - RUNS % 14;
    assertEquals(newest - 40 * 14, page.items().get(0).getExecutionId());
    assertEquals(newest - 59 * 14, page.items().get(19).getExecutionId());
  }

  @Test
  void aCallerOfOneCentreSeesNeitherOtherCentresNorRunsOfAllCentres() {
    JobRuns.Page page =
        runs.page(
            new JobRuns.Filter(null, null, null), new JobRuns.Visible(false, Set.of("A")), 1, 100);
    assertEquals(RUNS / 3 + 1, page.total());
    assertTrue(page.items().stream().allMatch(r -> "A".equals(r.getCentreId())));
    assertEquals(
        0,
        runs.page(new JobRuns.Filter(null, null, null), new JobRuns.Visible(false, Set.of()), 1, 20)
            .total());
  }

  @Test
  void theLatestExecutionOfEachInstance() {
    Map<Long, Long> latest = runs.latest(List.of(9L, 11L, 9999L));
    assertEquals(Map.of(9L, 10L, 11L, 11L, 9999L, 10_000L), latest);
    assertEquals(Map.of(), runs.latest(List.of()));
  }
}
