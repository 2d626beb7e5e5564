package org.bksbbridge.bench;

import jakarta.enterprise.inject.spi.CDI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.bksbbridge.sync.assessments.ResultRefresh;

/**
 * "Get BKSB Results" for one learner at a time, as staff press it while the incremental job runs:
 * two threads, each refreshing a random linked learner of MAIN, until {@code max} are done or the
 * job ends. Each refresh's latency is what the learner page's user waits.
 */
final class Refreshes {
  private static final int THREADS = 2;

  private final ProviderWorld w;
  private final int max;
  private final List<Thread> threads = new ArrayList<>();
  private final long[] micros;
  private final AtomicLong next = new AtomicLong();
  private final AtomicLong calls = new AtomicLong();
  private volatile boolean running = true;

  Refreshes(ProviderWorld w, int max) {
    this.w = w;
    this.max = max;
    this.micros = new long[max];
  }

  void start() {
    ResultRefresh refresh = CDI.current().select(ResultRefresh.class).get();
    for (int t = 0; t < THREADS; t++) {
      SplittableRandom random = new SplittableRandom(t);
      Thread thread =
          new Thread(
              () -> {
                while (running) {
                  int i = 1 + random.nextInt(w.n);
                  if (ProviderWorld.way(i) == 2) {
                    continue;
                  }
                  long slot = next.getAndIncrement();
                  if (slot >= max) {
                    return;
                  }
                  long t0 = System.nanoTime();
                  refresh.refresh(ProviderWorld.MAIN, "M" + i, false);
                  micros[(int) slot] = (System.nanoTime() - t0) / 1000;
                  // Two listing calls per learner, as the unchanged incremental run makes.
                  calls.addAndGet(2);
                }
              },
              "refresh-" + t);
      thread.start();
      threads.add(thread);
    }
  }

  void stop() throws InterruptedException {
    running = false;
    for (Thread t : threads) {
      t.join();
    }
  }

  /** Refreshes finished: a slot taken is finished before {@link #stop} returns. */
  int done() {
    return (int) Math.min(next.get(), max);
  }

  /** Listing calls the refreshes made (approximate: new diagnostics add a topics call). */
  long calls() {
    return calls.get();
  }

  void report(BenchReport report, int learners) {
    int n = done();
    if (n == 0) {
      return;
    }
    long[] sorted = Arrays.copyOf(micros, n);
    Arrays.sort(sorted);
    for (int p : new int[] {50, 95, 99}) {
      double s = sorted[Math.min(n - 1, (int) Math.ceil(n * p / 100.0) - 1)] / 1e6;
      report.add(
          new BenchRow(
              learners,
              "refresh p" + p + " during incremental",
              s,
              0,
              "2 calls",
              2 * ProviderBench.LATENCY_MS / 1000.0,
              0,
              p == 95 ? "< 1 s" : "",
              p == 95 ? s < 1 : null,
              p == 50 ? n + " refreshes" : ""));
    }
  }
}
