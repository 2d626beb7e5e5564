package org.bksbbridge.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.inject.spi.CDI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Map;
import org.bksbbridge.bksb.ResultType;
import org.bksbbridge.bksb.Subject;
import org.bksbbridge.reports.ReportService;
import org.bksbbridge.reports.UnmatchedQuery;
import org.bksbbridge.sandbox.SandboxFaults;
import org.bksbbridge.sandbox.SandboxGenerator;
import org.bksbbridge.sandbox.SandboxResult;
import org.junit.jupiter.api.Test;

/**
 * The provider-scale benchmark (issue 15): for each scale in {@code bench.scales} (learners,
 * default 10,000, 30,000 and 100,000), the real jobs under JBeret SE against the sandbox answering
 * after {@code bench.latencyMs} (default 20) with Derby on disk, each phase beside its bound
 * measured in the same run. Writes target/bench/provider.{txt,csv,png}. Run with {@code mvn -Pbench
 * verify}.
 */
class ProviderBench {
  static final int LATENCY_MS = Integer.getInteger("bench.latencyMs", 20);

  /** The results job's default partitions: bksb calls in flight at once. */
  static final int CONCURRENCY = 8;

  private static final Duration JOB_LIMIT = Duration.ofHours(3);

  /**
   * {@code match} or {@code first} ends each scale after matching or the first results run: a quick
   * look at the first phases.
   */
  static final String STOP_AFTER = System.getProperty("bench.stopAfter", "");

  /**
   * -Dbench.skipResults=true: get-users, match and the Unmatched report only (minutes, not hours).
   */
  static final boolean SKIP_RESULTS = Boolean.getBoolean("bench.skipResults");

  /**
   * -Dbench.callsAlone=false: no "calls alone" floor for the results runs (it repeats each run's
   * calls without database work: at 100,000, 28 minutes of a full run).
   */
  static final boolean CALLS_ALONE =
      Boolean.parseBoolean(System.getProperty("bench.callsAlone", "true"));

  /**
   * -Dbench.webhooks=false: no batch webhook beside the first results run (its events are written
   * either way; this is their delivery to a local receiver, as the server sends them).
   */
  static final boolean WEBHOOKS =
      Boolean.parseBoolean(System.getProperty("bench.webhooks", "true"));

  /** bksb's calls a second for one rate-limited run at the first scale; 0 for none. */
  static final int RATE_LIMIT = Integer.getInteger("bench.rateLimit", 200);

  /** The results job's parameters: its defaults, or {@code bench.partitions} to compare. */
  private static final Map<String, String> RESULTS_PARAMS =
      System.getProperty("bench.partitions") == null
          ? Map.of()
          : Map.of("partitions", System.getProperty("bench.partitions"));

  /**
   * -Dbench.redraw=target/bench/provider.csv: no run, only the chart of that CSV drawn again (as
   * target/bench/provider.png).
   */
  static final String REDRAW = System.getProperty("bench.redraw", "");

  @Test
  void providerScale() throws Exception {
    if (!REDRAW.isEmpty()) {
      Path png = Files.createDirectories(Path.of("target", "bench")).resolve("provider.png");
      BenchChart.write(BenchReport.readCsv(Path.of(REDRAW)), png);
      System.out.println("BENCH chart of " + REDRAW + " drawn again: " + png);
      return;
    }
    int[] scales =
        Arrays.stream(System.getProperty("bench.scales", "10000,30000,100000").split(","))
            .map(String::strip)
            .mapToInt(Integer::parseInt)
            .toArray();
    BuildOutputCheck.requireNoStaleFiles(
        Path.of("").toAbsolutePath(), Path.of("target", "classes"));
    Path out = Files.createDirectories(Path.of("target", "bench"));
    Freshness.installClock();
    BenchReport report = new BenchReport();
    try (HeapSampler heap = new HeapSampler()) {
      System.out.printf(
          "BENCH provider scale %s, %d ms per bksb call, max heap %,d MB, %d processors%n",
          Arrays.toString(scales),
          LATENCY_MS,
          heap.maxHeapMb(),
          Runtime.getRuntime().availableProcessors());
      for (int n : scales) {
        try (ProviderWorld w = new ProviderWorld(n, LATENCY_MS)) {
          new Phases(w, report, heap, scales[0]).run();
        }
      }
    }
    String table = report.table();
    System.out.println(table);
    Files.writeString(out.resolve("provider.txt"), table);
    report.writeCsv(out.resolve("provider.csv"));
    BenchChart.write(report.rows(), out.resolve("provider.png"));
  }

  /** The phases of one scale, in the order a provider's first day runs them. */
  private record Phases(ProviderWorld w, BenchReport report, HeapSampler heap, int firstScale) {
    void run() throws Exception {
      heap.takePeakMb();
      getUsers();
      long t = System.nanoTime();
      w.storeLearners();
      System.out.printf("BENCH   (setup: %,d learners stored in %.1f s)%n", 2L * w.n, since(t));
      heap.takePeakMb();
      match();
      if (STOP_AFTER.equals("match")) {
        return;
      }
      if (SKIP_RESULTS) {
        unmatchedReport();
        return;
      }
      long linked = w.count("select count(k) from BksbLink k");
      resultsFirst(linked);
      if (RATE_LIMIT > 0 && w.n == firstScale) {
        rateLimited(linked);
      }
      if (STOP_AFTER.equals("first")) {
        return;
      }
      unchanged(linked);
      onePercentNew(linked);
      unmatchedReport();
      Freshness.measure(w, report, heap);
    }

    private void getUsers() throws Exception {
      w.sandbox.state.stats().reset();
      double s = job("bksb-get-users", Map.of());
      long calls = w.calls();
      assertEquals(w.n, w.count("select count(u) from BksbUser u"));
      // Listing is one page after another: its HTTP bound is its pages' latency.
      double http = calls * LATENCY_MS / 1000.0;
      double dbBound = RawInsertBound.seconds(w.url, "bksb_user");
      double bound = http + dbBound;
      report.add(
          new BenchRow(
              w.n,
              "get-users",
              s,
              calls,
              String.format("DB %.1f + listing %.1f", dbBound, http),
              bound,
              heap.takePeakMb(),
              // Issue 15 sets it at 100,000; a smaller scale shows the ratio (its fixed costs, and
              // at the first scale a JVM not yet compiled, weigh more there).
              w.n >= 100_000 ? "<= 2x bound" : "(2x at 100k)",
              w.n >= 100_000 ? s <= 2 * bound : null,
              ""));
    }

    private void match() throws Exception {
      w.sandbox.state.stats().reset();
      double s = job("bksb-match-users", Map.of("centreId", ProviderWorld.MAIN));
      long links = w.count("select count(k) from BksbLink k");
      // What storing the links alone costs: the floor under any matching of these learners.
      double dbBound = RawInsertBound.seconds(w.url, "bksb_link");
      report.add(
          new BenchRow(
              w.n,
              "match",
              s,
              w.calls(),
              String.format("DB %.1f", dbBound),
              dbBound,
              heap.takePeakMb(),
              w.n >= 100_000 ? "< 10 s" : "linear",
              w.n >= 100_000 ? s < 10 : null,
              String.format("%,d links, %,.0f learners/s", links, w.n / s)));
    }

    private void resultsFirst(long linked) throws Exception {
      w.sandbox.state.stats().reset();
      WebhookLoad hooks =
          WEBHOOKS ? new WebhookLoad(ProviderWorld.MAIN, Freshness.worldClock()) : null;
      long start = System.nanoTime();
      double s = job("bksb-get-assessments", RESULTS_PARAMS);
      long calls = w.calls();
      long results = w.count("select count(r) from AssessmentResult r");
      if (hooks != null) {
        try (hooks) {
          webhooks(hooks, start, s, results);
        }
      }
      assertEquals(linked * 6, results, "every linked learner's 6 results");
      long diagnostics =
          w.count(
              "select count(r) from AssessmentResult r where r.type ="
                  + " org.bksbbridge.bksb.ResultType.DIAGNOSTIC");
      // One listing call per result type and learner, one topics call per diagnostic.
      long fewest = linked * 2 + diagnostics;
      double http = fewest * LATENCY_MS / 1000.0 / CONCURRENCY;
      double dbBound = RawInsertBound.seconds(w.url, "bksb_result", "bksb_result_topic");
      double bound = Math.max(http, dbBound);
      w.sandbox.state.stats().reset();
      double wire = callsAlone(true);
      report.add(
          new BenchRow(
              w.n,
              "results first run",
              s,
              calls,
              String.format("max(HTTP %.1f, DB %.1f)", http, dbBound),
              bound,
              heap.takePeakMb(),
              "<= 1.15x bound",
              s <= 1.15 * bound,
              String.format("%,d results, fewest calls %,d", results, fewest)
                  + aloneNote(wire, http, s)));
    }

    /**
     * The run's result events at a batch webhook's local receiver, sent as the server sends them
     * while the run goes on: all of them within 1.1x the run's time from its start, and the p95
     * from an event's commit to its arrival under 5 s (issue 27).
     */
    private void webhooks(WebhookLoad hooks, long start, double run, long results)
        throws InterruptedException {
      long events = w.count("select count(e) from MisEvent e where e.type = 'result.created'");
      assertEquals(results, events, "one result.created a result");
      double all = hooks.awaitAll(events, start, Duration.ofSeconds(Math.max(120, (long) run)));
      double p95 = hooks.latencySeconds(95);
      report.add(
          new BenchRow(
              w.n,
              "results' events at a webhook",
              all < 0 ? Double.NaN : all,
              0,
              "1.1x the run",
              1.1 * run,
              heap.takePeakMb(),
              "<= 1.1x run, p95 < 5 s",
              all >= 0 && all <= 1.1 * run && p95 < 5,
              String.format(
                  "%,d of %,d events, batches of 100; commit to arrival p50 %.2f s, p95 %.2f s,"
                      + " max %.2f s",
                  hooks.arrived(),
                  events,
                  hooks.latencySeconds(50),
                  p95,
                  hooks.latencySeconds(100))));
    }

    /**
     * An unchanged run against a bksb that allows {@code bench.rateLimit} calls a second and
     * answers 429 (Retry-After 1) beyond: the account's gate pauses every partition at once, so the
     * run finishes at about that rate with every learner checked and nothing skipped.
     */
    private void rateLimited(long linked) throws Exception {
      w.sandbox.state.faults(new SandboxFaults(0, 503, LATENCY_MS, RATE_LIMIT, 0));
      w.sandbox.state.stats().reset();
      double s = job("bksb-get-assessments", RESULTS_PARAMS);
      long tooMany =
          w.sandbox.state.stats().snapshot().values().stream()
              .mapToLong(m -> m.getOrDefault(429, 0L))
              .sum();
      long calls = w.calls();
      // Every learner's two listings answered 200 in the end: none was skipped.
      long checked = (calls - tooMany) / 2;
      w.sandbox.state.faults(new SandboxFaults(0, 503, LATENCY_MS, 0, 0));
      double atRate = linked * 2.0 / RATE_LIMIT;
      report.add(
          new BenchRow(
              w.n,
              "unchanged run, bksb "
                  + RATE_LIMIT
                  + " calls/s"
                  + (BenchBksbClients.GATE_RATE > 0
                      ? ", gate " + Math.round(BenchBksbClients.GATE_RATE)
                      : ""),
              s,
              calls,
              "calls / limit",
              atRate,
              heap.takePeakMb(),
              "all checked, at the rate",
              checked == linked,
              String.format(
                  "%,d of %,d learners checked, %,d answered 429, %.0f calls/s",
                  checked, linked, tooMany, (calls - tooMany) / s)));
    }

    private void unchanged(long linked) throws Exception {
      w.sandbox.state.stats().reset();
      double s = job("bksb-get-assessments", RESULTS_PARAMS);
      long calls = w.calls();
      long fewest = linked * 2;
      double http = fewest * LATENCY_MS / 1000.0 / CONCURRENCY;
      double wire = callsAlone(false);
      report.add(
          new BenchRow(
              w.n,
              "results unchanged run",
              s,
              calls,
              "HTTP",
              http,
              heap.takePeakMb(),
              "calls <= 2/learner, 1.15x",
              calls <= fewest && s <= 1.15 * http,
              String.format("fewest calls %,d", fewest) + aloneNote(wire, http, s)));
    }

    /** The same calls by the same client with no database work; NaN when not asked for. */
    private double callsAlone(boolean firstRun) throws Exception {
      return CALLS_ALONE
          ? WireBound.seconds(w, w.linkedUsers(), firstRun, CONCURRENCY)
          : Double.NaN;
    }

    private static String aloneNote(double wire, double http, double s) {
      return Double.isNaN(wire)
          ? ""
          : String.format(
              "; the calls alone %.1f s = %.2fx the ideal, this run %.2fx them",
              wire, wire / http, s / wire);
    }

    private void onePercentNew(long linked) throws Exception {
      long before = w.count("select count(r) from AssessmentResult r");
      long added = 0;
      long diagnostics = 0;
      LocalDateTime when = LocalDateTime.of(2027, 1, 15, 10, 0);
      for (int i = 1; i <= w.n; i++) {
        if (ProviderWorld.way(i) == 2 || i % 100 != 1) {
          continue;
        }
        ResultType type = added % 2 == 0 ? ResultType.INITIAL : ResultType.DIAGNOSTIC;
        diagnostics += type == ResultType.DIAGNOSTIC ? 1 : 0;
        w.sandbox.state.putResult(
            i,
            new SandboxResult(
                (long) i * SandboxGenerator.SESSIONS_PER_USER + 50,
                type,
                Subject.MATHS,
                "Maths Level 1",
                type == ResultType.DIAGNOSTIC ? 70 : null,
                when.plusSeconds(i)));
        added++;
      }
      w.sandbox.state.stats().reset();
      Refreshes refreshes = new Refreshes(w, 1000);
      long id = w.batch.start("bksb-get-assessments", RESULTS_PARAMS);
      long t = System.nanoTime();
      refreshes.start();
      assertEquals(
          BatchStatus.COMPLETED, w.batch.await(id, JOB_LIMIT).getBatchStatus(), "incremental");
      double s = since(t);
      refreshes.stop();
      long calls = w.calls() - refreshes.calls();
      assertEquals(before + added, w.count("select count(r) from AssessmentResult r"));
      long fewest = linked * 2 + diagnostics;
      double http = fewest * LATENCY_MS / 1000.0 / CONCURRENCY;
      report.add(
          new BenchRow(
              w.n,
              "results run after 1% new",
              s,
              calls,
              "HTTP",
              http,
              heap.takePeakMb(),
              "",
              null,
              String.format(
                  "%,d new results, fewest calls %,d; %,d refreshes meanwhile",
                  added, fewest, refreshes.done())));
      refreshes.report(report, w.n);
    }

    private void unmatchedReport() {
      ReportService reports = CDI.current().select(ReportService.class).get();
      long t = System.nanoTime();
      var page =
          reports.unmatchedLearners(
              ProviderWorld.NEVER, new UnmatchedQuery("learners", null, null, "1", "25"));
      double first = since(t);
      heap.takePeakMb();
      t = System.nanoTime();
      long[] rows = {0};
      reports
          .unmatchedRows(
              ProviderWorld.NEVER, new UnmatchedQuery("learners", null, null, null, null))
          .learners()
          .forEach(l -> rows[0]++);
      double s = since(t);
      assertEquals(w.n, rows[0]);
      report.add(
          new BenchRow(
              w.n,
              "unmatched report (all, streamed)",
              s,
              0,
              "",
              0,
              heap.takePeakMb(),
              "< 10 s",
              s < 10,
              String.format(
                  "%,d never-matched learners; first page of 25 in %.2f s (%,d in all)",
                  rows[0], first, page.total())));
    }

    private double job(String name, Map<String, String> params) throws Exception {
      long t = System.nanoTime();
      long id = w.batch.start(name, params);
      assertEquals(BatchStatus.COMPLETED, w.batch.await(id, JOB_LIMIT).getBatchStatus(), name);
      return since(t);
    }
  }

  static double since(long nanos) {
    return (System.nanoTime() - nanos) / 1e9;
  }
}
