package org.bksbbridge.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bksbbridge.sandbox.SandboxGenerator;
import org.bksbbridge.sandbox.SandboxUser;
import org.junit.jupiter.api.Test;

/**
 * The results job in a running server, through the REST API, as a provider meets it: for each scale
 * in {@code bench.scales} (default 4,000 and 30,000), the in-server sandbox generates that many
 * users answering after {@code bench.latencyMs} (20), a new centre imports one learner per user
 * (flagged with the user's name, so matching links each), diagnostics on as the demo centre has
 * them, then the first and an unchanged results run, each timed by the server's own start and end
 * of the execution and judged against its HTTP bound: its calls x latency / the calls in flight per
 * bksb account ({@code bench.concurrency}, the server's 8). Writes
 * target/bench/server-{bench.db}.txt and .csv. Start the server first (Derby: the README's {@code
 * mvn liberty:run}; PostgreSQL: the same with DB_KIND=postgres); then {@code mvn -Pbench
 * surefire:test -Dtest=ServerBench -Dbench.db=derby} (surefire:test, not verify, so the running
 * server's classes are not rebuilt under it). performance.md, "In the server".
 */
class ServerBench {
  private static final int LATENCY_MS = Integer.getInteger("bench.latencyMs", 20);
  private static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 8);
  private static final double TARGET = 1.2;
  private static final long SEED = 42;
  private static final int RESULTS_PER_USER = 6;
  private static final Duration JOB_LIMIT = Duration.ofHours(2);

  private final String db = System.getProperty("bench.db", "derby");
  private final ServerApi admin =
      new ServerApi(
          System.getProperty("bench.server", "http://localhost:9080"),
          System.getProperty("bench.user", "admin"),
          System.getProperty("bench.password", "admin"));

  @Test
  void resultsRunsInTheServer() throws Exception {
    int[] scales =
        Arrays.stream(System.getProperty("bench.scales", "4000,30000").split(","))
            .map(String::strip)
            .mapToInt(Integer::parseInt)
            .toArray();
    BenchReport report = new BenchReport();
    long firstUser = Long.getLong("bench.firstUser", 1);
    System.out.printf(
        "BENCH in the server at %s on %s, %d ms per bksb call, %d in flight%n",
        admin.base(), db, LATENCY_MS, CONCURRENCY);
    for (int n : scales) {
      String centre = centreOf(firstUser, n);
      firstUser += n;
      resultsRun(report, n, centre, "first results run");
      resultsRun(report, n, centre, "unchanged results run");
    }
    Path out = Files.createDirectories(Path.of("target", "bench"));
    String table = report.table();
    System.out.println(table);
    Files.writeString(out.resolve("server-" + db + ".txt"), table);
    report.writeCsv(out.resolve("server-" + db + ".csv"));
    List<BenchRow> missed = report.rows().stream().filter(r -> !r.met()).toList();
    assertTrue(missed.isEmpty(), "over " + TARGET + "x the HTTP bound: " + missed);
  }

  /**
   * A new centre whose n learners are linked to the sandbox's users {@code first} to {@code first +
   * n - 1}: each scale takes users of its own, so its first run finds none of their results held.
   */
  private String centreOf(long first, int n) throws InterruptedException {
    admin.json(
        "POST",
        "/bksb-sandbox/admin/generate",
        "{\"users\":"
            + (first + n - 1)
            + ",\"resultsPerUser\":"
            + RESULTS_PER_USER
            + ",\"seed\":"
            + SEED
            + "}",
        200);
    admin.json("PUT", "/bksb-sandbox/admin/faults", "{\"latencyMs\":" + LATENCY_MS + "}", 200);
    String centre = "BENCH" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    admin.send(
        "PUT",
        "/api/v1/centres/" + centre,
        "application/json",
        "{\"name\":\"Bench " + n + "\",\"bksbLicensed\":true}",
        201);
    admin.json(
        "PUT",
        "/api/v1/centres/" + centre + "/bksb/settings",
        "{\"enabled\":true,\"apiUrl\":\""
            + admin.base()
            + "/bksb-sandbox/\",\"accessKeyId\":\"sandbox-key\","
            + "\"secretAccessKey\":\"sandbox-secret\",\"databridgeAcknowledged\":true,"
            + "\"downloadDiagnosticResults\":true}",
        200);
    long t = System.nanoTime();
    String imported =
        admin.send(
            "POST",
            "/api/v1/centres/" + centre + "/learners/import",
            "text/csv",
            learnersCsv(first, n),
            202);
    admin.await(executionIn(imported), JOB_LIMIT);
    admin.run("bksb-get-users", "{}", JOB_LIMIT);
    ServerApi.JobEnd match =
        admin.run("bksb-match-users", "{\"centreId\":\"" + centre + "\"}", JOB_LIMIT);
    System.out.printf(
        "BENCH   (setup of %,d learners in %s: %.0f s; matching %.1f s)%n",
        n, centre, (System.nanoTime() - t) / 1e9, match.seconds());
    return centre;
  }

  private void resultsRun(BenchReport report, int n, String centre, String phase)
      throws InterruptedException {
    long before = sandboxCalls();
    ServerApi.JobEnd end =
        admin.run("bksb-get-assessments", "{\"centreId\":\"" + centre + "\"}", JOB_LIMIT);
    long calls = sandboxCalls() - before;
    assertEquals(n, end.counter("learners"), "every learner read: " + end.execution());
    if (phase.startsWith("first")) {
      assertTrue(
          end.counter("newResults") > 0,
          "these users' results were held already (a database of an earlier bench run):"
              + " start afresh or pass -Dbench.firstUser beyond the users used before");
    }
    double http = calls * LATENCY_MS / 1000.0 / CONCURRENCY;
    double s = end.seconds();
    report.add(
        new BenchRow(
            n,
            phase + " (" + db + ")",
            s,
            calls,
            String.format(Locale.ROOT, "HTTP %.1f", http),
            http,
            0,
            "<= " + TARGET + "x bound",
            s <= TARGET * http,
            String.format(
                Locale.ROOT,
                "execution %d, %,d new results; server heap not sampled",
                end.execution().getJsonNumber("executionId").longValue(),
                end.counter("newResults"))));
  }

  /** Every call the sandbox answered since its last reset, over all endpoints and statuses. */
  private long sandboxCalls() {
    JsonObject stats = admin.json("GET", "/bksb-sandbox/admin/stats", null, 200);
    long sum = 0;
    for (JsonValue byStatus : stats.values()) {
      for (JsonValue count : byStatus.asJsonObject().values()) {
        sum += ((JsonNumber) count).longValue();
      }
    }
    return sum;
  }

  private static long executionIn(String answer) {
    return Long.parseLong(answer.replaceAll("(?s).*\"executionId\"\\s*:\\s*(\\d+).*", "$1"));
  }

  /** One learner per generated user, flagged with the user's name: matching's first rule. */
  private static String learnersCsv(long first, int n) {
    SandboxGenerator users = new SandboxGenerator(SEED, (int) (first + n - 1), RESULTS_PER_USER);
    StringBuilder csv =
        new StringBuilder("reference,firstName,lastName,email,bksbUser,bksbUsername\r\n");
    for (long id = first; id < first + n; id++) {
      SandboxUser u = users.user(id);
      csv.append("BL")
          .append(id)
          .append(',')
          .append(u.firstName())
          .append(',')
          .append(u.lastName())
          .append(',')
          .append(u.email())
          .append(",true,")
          .append(u.username())
          .append("\r\n");
    }
    return csv.toString();
  }
}
