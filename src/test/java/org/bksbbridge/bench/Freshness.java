package org.bksbbridge.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.bksbbridge.bksb.ResultType;
import org.bksbbridge.bksb.Subject;
import org.bksbbridge.sandbox.SandboxResult;
import org.bksbbridge.sync.assessments.AssessmentPartitionMapper;
import org.bksbbridge.sync.assessments.LinkedLearners;
import org.bksbbridge.testing.SeEnvironment;
import org.bksbbridge.testing.ShiftableClock;

/**
 * Freshness by heat ({@code -Dbench.freshness=true}, after a scale's other phases): how long a
 * result new in bksb waits to be stored. A day of runs cannot be run here, so the real passes are
 * measured and the day is modelled ({@link FreshnessModel}): "now" moves two months on (the
 * sandbox's results and the matching run's links are then old), {@code bench.freshness.hotPercent}
 * (default 15) of MAIN's learners are made hot by the four rules in turn, a new result is put in
 * bksb for a uniform sample of linked learners and for a sample of hot ones, and the real
 * incremental run ({@code bksb-nightly} with since two intervals back, as the schedule starts it)
 * and then the real nightly run are timed, each stored result's offset into its run read from its
 * first_imported.
 */
final class Freshness {
  static final boolean ENABLED = Boolean.getBoolean("bench.freshness");
  static final int INTERVAL_MINUTES = Integer.getInteger("bench.freshness.intervalMinutes", 5);
  static final int HOT_PERCENT = Integer.getInteger("bench.freshness.hotPercent", 15);
  private static final Duration SHIFT = Duration.ofDays(61);
  private static final int ALL_SAMPLE = 300;
  private static final int HOT_SAMPLE = 200;
  private static final int DRAWS = 1000;

  /** The results job's default partitions and chunk size (learners a chunk). */
  private static final int PARTITIONS = 16;

  private static final int CHUNK = 20;

  private static ShiftableClock clock;

  private final ProviderWorld w;
  private final BenchReport report;
  private final HeapSampler heap;

  /** One count of the incremental run's learners: the database's selection, timed alone. */
  private double selectSeconds;

  private Freshness(ProviderWorld w, BenchReport report, HeapSampler heap) {
    this.w = w;
    this.report = report;
    this.heap = heap;
  }

  /** Before any world is built, so that its beans hold a clock this phase can move. */
  static void installClock() {
    if (ENABLED && clock == null) {
      clock = new ShiftableClock(SeEnvironment.TEST_CLOCK);
    }
  }

  /** The clock a world's beans hold: the one this phase moves, once installed. */
  static java.time.Clock worldClock() {
    return clock == null ? SeEnvironment.TEST_CLOCK : clock;
  }

  static void measure(ProviderWorld w, BenchReport report, HeapSampler heap) throws Exception {
    if (!ENABLED) {
      return;
    }
    clock.shift(SHIFT);
    try {
      new Freshness(w, report, heap).run();
    } finally {
      clock.shift(Duration.ZERO);
    }
  }

  private void run() throws Exception {
    FreshnessSetup.makeHot(w, clock, HOT_PERCENT);
    List<Long> linked = w.linkedUsers();
    SplittableRandom random = new SplittableRandom(15);
    LinkedHashSet<Long> all = new LinkedHashSet<>();
    while (all.size() < Math.min(ALL_SAMPLE, linked.size())) {
      all.add(linked.get(random.nextInt(linked.size())));
    }
    List<Long> hotBand =
        linked.stream()
            .filter(u -> FreshnessSetup.band(u, HOT_PERCENT) >= 0 && !all.contains(u))
            .toList();
    LinkedHashSet<Long> hot = new LinkedHashSet<>();
    while (hot.size() < Math.min(HOT_SAMPLE, hotBand.size())) {
      hot.add(hotBand.get(random.nextInt(hotBand.size())));
    }
    LocalDateTime now = LocalDateTime.now(clock);
    for (long u : concat(all, hot)) {
      w.sandbox.state.putResult(
          u,
          new SandboxResult(
              FreshnessSetup.session(u, 60),
              ResultType.INITIAL,
              Subject.ENGLISH,
              "English Level 1",
              null,
              now));
    }

    // The incremental run as the schedule starts it: since two intervals back.
    String since = clock.instant().minus(Duration.ofMinutes(2L * INTERVAL_MINUTES)).toString();
    long t = System.nanoTime();
    CDI.current().select(LinkedLearners.class).get().countInTransaction(null, since);
    selectSeconds = ProviderBench.since(t);
    w.sandbox.state.stats().reset();
    Instant hotStart = clock.instant();
    long hotId = w.batch.start("bksb-nightly", Map.of("since", since));
    assertEquals(BatchStatus.COMPLETED, w.batch.await(hotId, Duration.ofHours(3)).getBatchStatus());
    double hotSeconds = seconds(hotStart, clock.instant());
    long hotCalls = w.calls();
    long covered = counter(hotId, AssessmentPartitionMapper.TOTAL);
    Map<Long, Double> hotOffsets = offsets(concat(all, hot), hotStart);

    w.sandbox.state.stats().reset();
    Instant nightStart = clock.instant();
    long nightId = w.batch.start("bksb-nightly", Map.of());
    assertEquals(
        BatchStatus.COMPLETED, w.batch.await(nightId, Duration.ofHours(3)).getBatchStatus());
    double nightSeconds = seconds(nightStart, clock.instant());
    long nightCalls = w.calls();
    Map<Long, Double> nightOffsets = offsets(all, nightStart);
    nightOffsets.keySet().removeAll(hotOffsets.keySet());

    long minutes = INTERVAL_MINUTES;
    double period = 60.0 * minutes * Math.max(1, Math.ceil(hotSeconds / (60.0 * minutes)));
    // How long a partition's chunk takes, at most about: what a run reads is stored at the chunk's
    // end. Taken as the whole run (matching included) shared by its chunks: an overestimate.
    double chunk = Math.min(hotSeconds, hotSeconds * PARTITIONS * CHUNK / Math.max(1, covered));
    FreshnessModel hotModel = new FreshnessModel(period, nightSeconds);
    hot.forEach(u -> hotModel.hot(require(hotOffsets, u, "a hot learner"), chunk, DRAWS));
    FreshnessModel allModel = new FreshnessModel(period, nightSeconds);
    long hotInAll = 0;
    for (long u : all) {
      if (hotOffsets.containsKey(u)) {
        allModel.hot(hotOffsets.get(u), chunk, DRAWS);
        hotInAll++;
      } else {
        allModel.cold(require(nightOffsets, u, "a learner"), DRAWS);
      }
    }
    rows(linked.size(), covered, hotSeconds, hotCalls, nightSeconds, nightCalls, period);
    latencyRow(
        "freshness hot p95",
        hotModel,
        360,
        "< 6 min",
        String.format(
            "%d hot learners; if a run under way catches what it has yet to read (chunk %.1f s):"
                + " p50 %s, p95 %s",
            hot.size(),
            chunk,
            human(hotModel.caughtPercentile(50)),
            human(hotModel.caughtPercentile(95))));
    latencyRow(
        "freshness all p95",
        allModel,
        86_400,
        "< 24 h",
        String.format(
            "%d linked learners drawn at random, %d of them hot (stored by the incremental run)",
            all.size(), hotInAll));
  }

  private void rows(
      long linked,
      long covered,
      double hotSeconds,
      long hotCalls,
      double nightSeconds,
      long nightCalls,
      double period) {
    double http = covered * 2.0 * ProviderBench.LATENCY_MS / 1000 / ProviderBench.CONCURRENCY;
    report.add(
        new BenchRow(
            w.n,
            "freshness: incremental run",
            hotSeconds,
            hotCalls,
            "HTTP (2 calls/learner)",
            http,
            heap.takePeakMb(),
            "",
            null,
            String.format(
                "%,d of %,d linked learners covered (%.1f%%): hot or changed since; one every"
                    + " %.0f min; selecting them (a count) %.2f s",
                covered, linked, 100.0 * covered / linked, period / 60, selectSeconds)));
    report.add(
        new BenchRow(
            w.n,
            "freshness: nightly run",
            nightSeconds,
            nightCalls,
            "",
            0,
            heap.takePeakMb(),
            "",
            null,
            "bksb-nightly: users, matching, every linked learner's results"));
  }

  private void latencyRow(
      String phase, FreshnessModel m, double target, String targetText, String note) {
    double p95 = m.percentile(95);
    report.add(
        new BenchRow(
            w.n,
            phase,
            p95,
            0,
            "",
            0,
            heap.takePeakMb(),
            targetText,
            p95 < target,
            String.format(
                "p50 %s, p95 %s, max %s over %,d draws; %s",
                human(m.percentile(50)), human(p95), human(m.percentile(100)), m.size(), note)));
  }

  /** Seconds from the run's start to the storing of each sampled learner's injected result. */
  private Map<Long, Double> offsets(Iterable<Long> users, Instant start) {
    Map<Long, Double> out = new HashMap<>();
    List<Long> sessions = new ArrayList<>();
    users.forEach(u -> sessions.add(FreshnessSetup.session(u, 60)));
    EntityManager em = w.db.newEntityManager();
    try {
      for (List<Long> part : FreshnessSetup.partition(sessions)) {
        List<Object[]> rows =
            em.createQuery(
                    "select r.bksbUserId, r.firstImported from AssessmentResult r"
                        + " where r.sessionId in :s",
                    Object[].class)
                .setParameter("s", part)
                .getResultList();
        for (Object[] r : rows) {
          Instant stored = (Instant) r[1];
          if (!stored.isBefore(start)) {
            out.put((Long) r[0], seconds(start, stored));
          }
        }
      }
    } finally {
      em.close();
    }
    return out;
  }

  private long counter(long executionId, String name) {
    return w.db.count(
        "select coalesce(sum(c.amount), 0) from JobCounter c"
            + " where c.jobInstanceId = ?1 and c.name = ?2",
        w.batch.instanceId(executionId),
        name);
  }

  private static double require(Map<Long, Double> offsets, long u, String who) {
    Double o = offsets.get(u);
    if (o == null) {
      throw new AssertionError(who + " (bksb user " + u + ") had its new result not stored");
    }
    return o;
  }

  private static List<Long> concat(Iterable<Long> a, Iterable<Long> b) {
    List<Long> out = new ArrayList<>();
    a.forEach(out::add);
    b.forEach(out::add);
    return out;
  }

  private static double seconds(Instant from, Instant to) {
    return Duration.between(from, to).toNanos() / 1e9;
  }

  static String human(double seconds) {
    return seconds < 120
        ? String.format("%.0f s", seconds)
        : seconds < 7200
            ? String.format("%.1f min", seconds / 60)
            : String.format("%.1f h", seconds / 3600);
  }
}
