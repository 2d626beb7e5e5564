package org.bksbbridge.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bksbbridge.bksb.BksbClients;
import org.bksbbridge.learner.LearnerKind;
import org.bksbbridge.sandbox.SandboxFaults;
import org.bksbbridge.settings.SyncOptions;
import org.bksbbridge.sync.assessments.AssessmentFixture;
import org.bksbbridge.sync.assessments.LearnerDownload;
import org.bksbbridge.sync.assessments.LearnerToFetch;
import org.bksbbridge.sync.assessments.ResultDownloader;
import org.bksbbridge.sync.assessments.ResultStore;
import org.junit.jupiter.api.Test;

/**
 * Get BKSB Assessments against a sandbox that answers every call after {@code bench.latencyMs}
 * (bksb over the internet), with diagnostics on: the first run, an unchanged second run with 8 and
 * with 1 partition, and one learner's download and store as the refresh endpoint does it. Run with
 * {@code mvn -Pbench test -Dtest=ResultsBench}.
 */
class ResultsBench {
  private static final int LEARNERS = Integer.getInteger("bench.learners", 1000);
  private static final int LATENCY_MS = Integer.getInteger("bench.latencyMs", 20);

  @Test
  void firstRunThenIncrementalRuns() throws Exception {
    try (AssessmentFixture f = new AssessmentFixture(LEARNERS, 6)) {
      for (int i = 1; i <= LEARNERS; i++) {
        f.linked("NORTH", "N" + i, i);
      }
      f.options("NORTH", true, "{\"ENGLISH\":[\"eng\"],\"MATHS\":[\"maths\"]}", null);
      f.sandbox.state.faults(new SandboxFaults(0, 503, LATENCY_MS, 0, 0));

      double first = timed(f, "8");
      assertEquals(LEARNERS * 6L, f.results());
      long firstCalls =
          f.sandbox.state.stats().snapshot().values().stream()
              .mapToLong(m -> m.values().stream().mapToLong(Long::longValue).sum())
              .sum();
      double again8 = timed(f, "8");
      double again1 = timed(f, "1");
      System.out.printf(
          "BENCH get-assessments, %,d learners, 6 results each, diagnostics on, %d ms per bksb call:%n",
          LEARNERS, LATENCY_MS);
      System.out.printf(
          "BENCH   first run (8 partitions): %.1f s, %,d calls, %,.0f learners/s%n",
          first, firstCalls, LEARNERS / first);
      System.out.printf(
          "BENCH   unchanged run, 8 partitions: %.1f s (%,.0f learners/s); 1 partition: %.1f s%n",
          again8, LEARNERS / again8, again1);
      refreshLatency(f);
    }
  }

  private static double timed(AssessmentFixture f, String partitions) throws Exception {
    long t = System.nanoTime();
    f.run(Map.of("partitions", partitions), BatchStatus.COMPLETED);
    return (System.nanoTime() - t) / 1e9;
  }

  /** What POST .../results/refresh does after its checks: download, then store, per learner. */
  private static void refreshLatency(AssessmentFixture f) {
    ResultDownloader downloader = CDI.current().select(ResultDownloader.class).get();
    ResultStore store = CDI.current().select(ResultStore.class).get();
    var client = CDI.current().select(BksbClients.class).get().client(f.sandbox.connection(false));
    SyncOptions options = new SyncOptions(true, Map.of(), Map.of());
    int n = 200;
    long[] micros = new long[n];
    for (int i = 0; i < n; i++) {
      long learner =
          f.batch.db.count("select l.id from Learner l where l.reference = ?1", "N" + (i + 1));
      LearnerToFetch l =
          new LearnerToFetch(
              learner, "NORTH", "N" + (i + 1), f.accountId, i + 1, LearnerKind.LEARNER, options);
      long t = System.nanoTime();
      LearnerDownload d = downloader.download(client, l, 20, false);
      store.store(List.of(d), Instant.now());
      micros[i] = (System.nanoTime() - t) / 1000;
    }
    Arrays.sort(micros);
    System.out.printf(
        "BENCH   one learner's refresh, unchanged: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
        micros[n / 2] / 1000.0, micros[n * 95 / 100] / 1000.0, micros[n - 1] / 1000.0);
  }
}
