package org.bksbbridge.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.inject.spi.CDI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.bksbbridge.bksb.CallLog;
import org.bksbbridge.testing.SeBatch;
import org.bksbbridge.testing.SeDatabase;
import org.junit.jupiter.api.Test;

/**
 * The call log's list and sweep at millions of rows, Derby on disk: {@code mvn -Pbench test
 * -Dtest=CallLogBench} ({@code -Dbench.calls=} changes the size). NORTH holds three quarters of the
 * calls, in runs of 5,000; one attempt in fifty failed.
 */
class CallLogBench {
  private static final int CALLS = Integer.getInteger("bench.calls", 2_000_000);
  private static final int PER_RUN = 5_000;
  private static final String[] ENDPOINTS = {
    "/users/search", "/results/initialAssessment/{id}/all", "/results/diagnosticAssessment/{id}/all"
  };

  @Test
  void listAndSweep() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "bench"));
    String url =
        "jdbc:derby:"
            + dir.toAbsolutePath()
                .resolve(System.getProperty("bench.db", "calls-" + System.nanoTime()))
            + ";create=true";
    try (SeDatabase db = new SeDatabase(url);
        SeBatch se = new SeBatch(db)) {
      Instant start = Instant.parse("2026-09-01T00:00:00Z");
      long t0 = System.nanoTime();
      if (db.count("select count(e) from CallLogEntry e") == 0) {
        fill(url, start);
        report("insert " + CALLS + " rows", t0);
      }
      CallLog log = CDI.current().select(CallLog.class).get();
      long lastRun = (long) (CALLS * 3 / 4 - 1) / PER_RUN;

      time("first page, no filter", () -> log.page(filter(null, null, null, null), 1, 50));
      time("page 100, no filter", () -> log.page(filter(null, null, null, null), 100, 50));
      time("page 2000, no filter", () -> log.page(filter(null, null, null, null), 2000, 50));
      time("page 500 of 200, no filter", () -> log.page(filter(null, null, null, null), 500, 200));
      time("one execution", () -> log.page(filter(lastRun, null, null, null), 1, 50));
      time("failed", () -> log.page(filter(null, false, null, null), 1, 50));
      time("status 503", () -> log.page(filter(null, null, 503, null), 1, 50));
      time("endpoint", () -> log.page(filter(null, null, null, ENDPOINTS[0]), 1, 50));
      time(
          "execution + failed + endpoint",
          () -> log.page(filter(lastRun, false, null, ENDPOINTS[1]), 1, 50));

      // Half the rows are older than the cutoff.
      Instant cutoff = start.plus(Duration.ofSeconds(CALLS / 2));
      long t1 = System.nanoTime();
      long deleted = 0;
      int n;
      do {
        n = log.deleteBefore(cutoff, 1000);
        deleted += n;
      } while (n > 0);
      report("sweep " + deleted + " rows in batches of 1000", t1);
      assertEquals(CALLS / 2, deleted);
    }
  }

  private static CallLog.Filter filter(
      Long execution, Boolean ok, Integer status, String endpoint) {
    return new CallLog.Filter("NORTH", execution, ok, status, endpoint);
  }

  private static void time(String what, Supplier<CallLog.Page> query) {
    query.get();
    long t = System.nanoTime();
    CallLog.Page p = query.get();
    String total = p.total() + (p.totalExact() ? "" : "+");
    report(what + " (" + total + " match, " + p.items().size() + " shown)", t);
  }

  private static void report(String what, long since) {
    System.out.printf("CallLogBench: %-60s %8.1f ms%n", what, (System.nanoTime() - since) / 1e6);
  }

  /** One call a second; runs of PER_RUN calls, the first three quarters NORTH's. */
  private static void fill(String url, Instant start) throws Exception {
    try (Connection c = DriverManager.getConnection(url)) {
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into bksb_call_log (id, called_at, centre_id, execution_id, method, path,"
                  + " endpoint, status, ok, duration_ms, attempt, error)"
                  + " values (?, ?, ?, ?, 'GET', ?, ?, ?, ?, 40, 1, null)")) {
        for (int i = 0; i < CALLS; i++) {
          String endpoint = ENDPOINTS[i % ENDPOINTS.length];
          ps.setLong(1, 10_000_000L + i);
          ps.setTimestamp(2, Timestamp.from(start.plusSeconds(i)));
          ps.setString(3, i < CALLS * 3 / 4 ? "NORTH" : "SOUTH");
          ps.setLong(4, i / PER_RUN);
          ps.setString(5, "/api" + endpoint.replace("{id}", String.valueOf(i)) + "?page=1");
          ps.setString(6, endpoint);
          ps.setInt(7, i % 50 == 0 ? 503 : 200);
          ps.setBoolean(8, i % 50 != 0);
          ps.addBatch();
          if (i % 5000 == 4999) {
            ps.executeBatch();
            c.commit();
          }
        }
        ps.executeBatch();
        c.commit();
      }
    }
  }
}
