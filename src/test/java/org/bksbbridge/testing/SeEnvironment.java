package org.bksbbridge.testing;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What one Weld SE container stands on in place of the server: its database and transactions, the
 * clock, the job threads and the import directories. One per {@link SeBatch}, reached by injection,
 * so no state passes between tests.
 */
public final class SeEnvironment {
  /**
   * Tests fix "today" so date rules give the same answer every day; the clock still ticks from
   * 10:00 that day, as "seen before" and "started after" (users gone from bksb) need time to pass.
   */
  public static final Clock TEST_CLOCK =
      Clock.offset(
          Clock.system(ZoneId.of("Europe/London")),
          Duration.between(Instant.now(), Instant.parse("2026-11-20T10:00:00Z")));

  /** Daemon threads stand in for the server's managed executor: they never keep the JVM alive. */
  private static final ExecutorService THREADS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "se-job-thread");
            t.setDaemon(true);
            return t;
          });

  public final SeDatabase db;
  public final SeTransactionManager transactions;
  private Clock clock = TEST_CLOCK;
  private Path importRoot;
  private volatile Executor handOver = THREADS;
  private io.opentelemetry.api.OpenTelemetry telemetry = io.opentelemetry.api.OpenTelemetry.noop();

  public SeEnvironment(SeDatabase db) {
    this.db = db;
    this.transactions = new SeTransactionManager(db);
  }

  /** The clock the module's beans get (set before the container starts). */
  public SeEnvironment clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  /** Where the module's spans go (set before the container starts): nowhere by default. */
  public SeEnvironment telemetry(io.opentelemetry.api.OpenTelemetry telemetry) {
    this.telemetry = telemetry;
    return this;
  }

  io.opentelemetry.api.OpenTelemetry telemetry() {
    return telemetry;
  }

  public Clock clock() {
    return clock;
  }

  /** Uploads go to {@code <dir>/uploads}, the ops directory is {@code <dir>/ops}. */
  public SeEnvironment importRoot(Path dir) throws java.io.IOException {
    java.nio.file.Files.createDirectories(dir.resolve("uploads"));
    java.nio.file.Files.createDirectories(dir.resolve("ops"));
    this.importRoot = dir;
    return this;
  }

  public Path importRoot() {
    if (importRoot == null) {
      throw new IllegalStateException(
          "this test set no import directory (SeEnvironment.importRoot)");
    }
    return importRoot;
  }

  /**
   * What job threads run on from now on (read at each hand-over, so it applies to a reader already
   * opened); {@code null} puts the plain threads back.
   */
  public void handOver(Executor executor) {
    this.handOver = executor == null ? THREADS : executor;
  }

  Executor handOver() {
    return handOver;
  }

  /** The plain job threads, for a test's hand-over to pass work on to. */
  public static Executor threads() {
    return THREADS;
  }

  /** Makes this environment a bean of the container it is added to. */
  Extension asBean() {
    SeEnvironment env = this;
    return new Extension() {
      void add(@Observes AfterBeanDiscovery discovered) {
        discovered
            .addBean()
            .types(SeEnvironment.class, Object.class)
            .scope(Singleton.class)
            .createWith(c -> env);
      }
    };
  }
}
