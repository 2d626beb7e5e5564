package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Traces in the server (mpTelemetry-2.1; the test server switches it on with the standard settings,
 * exports spans to messages.log and samples only traces a caller asks for with a sampled {@code
 * traceparent}): a refresh and its bksb calls, and a job start, the job and its bksb calls, each
 * carry the caller's trace. Spans name endpoints, never user names.
 */
@ExtendWith(ArquillianExtension.class)
class TracesIT {
  /** One span as the logging exporter writes it: name, trace id, span id, kind. */
  private static final Pattern SPAN =
      Pattern.compile("LoggingSpanExporter\\s+I '(.*)' : ([0-9a-f]{32}) ([0-9a-f]{16}) (\\w+) ");

  private final Api manager = Api.as("manager");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  private record Logged(String name, String traceId, String kind) {}

  private static String newTraceId() {
    byte[] id = new byte[16];
    new SecureRandom().nextBytes(id);
    return HexFormat.of().formatHex(id);
  }

  private static Api traced(Api api, String traceId) {
    return api.with("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01");
  }

  /** The spans of the trace in messages.log, once {@code until} holds (spans end in any order). */
  private static List<Logged> spans(
      String traceId, java.util.function.Predicate<List<Logged>> until)
      throws IOException, InterruptedException {
    Path log = Deployments.serverDir().resolve("logs/messages.log");
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    List<Logged> found;
    do {
      found =
          Files.readAllLines(log).stream()
              .map(SPAN::matcher)
              .filter(Matcher::find)
              .filter(m -> m.group(2).equals(traceId))
              .map(m -> new Logged(m.group(1), m.group(2), m.group(4)))
              .toList();
      if (until.test(found)) {
        return found;
      }
      Thread.sleep(200);
    } while (Instant.now().isBefore(deadline));
    return found;
  }

  private static boolean has(List<Logged> spans, String name, String kind) {
    return spans.stream().anyMatch(s -> s.name().equals(name) && s.kind().equals(kind));
  }

  @Test
  void aJobStartedByATracedCallCarriesItsTraceToTheJobAndItsBksbCalls() throws Exception {
    manager.centreOnTheSandbox("T", "");
    String traceId = newTraceId();
    long id =
        traced(manager, traceId)
            .post("/api/v1/jobs/bksb-get-users", "application/json", "{}")
            .json()
            .getJsonNumber("executionId")
            .longValue();
    JsonObject ended = manager.awaitJob(id);
    assertEquals("COMPLETED", ended.getString("batchStatus"), ended.toString());

    List<Logged> spans = spans(traceId, s -> has(s, "job bksb-get-users", "INTERNAL"));
    assertTrue(has(spans, "POST /api/v1/jobs/{jobName}", "SERVER"), spans.toString());
    assertTrue(has(spans, "job bksb-get-users", "INTERNAL"), spans.toString());
    assertTrue(has(spans, "bksb GET /users/search", "CLIENT"), spans.toString());
  }

  @Test
  void aRefreshAndItsBksbCallsAreOneTrace() throws Exception {
    // DEMO's first learner, linked as DemoIT links it (other tests synchronise DEMO too).
    assertEquals(
        "COMPLETED",
        manager.awaitJob(manager.startJob("bksb-get-users", "{}")).getString("batchStatus"));
    assertEquals(
        "COMPLETED",
        manager
            .awaitJob(manager.startJob("bksb-match-users", "{\"centreId\":\"DEMO\"}"))
            .getString("batchStatus"));
    String centre = "DEMO";
    String reference = "D0001";
    String traceId = newTraceId();
    Api.Reply refreshed =
        traced(manager, traceId)
            .post(
                "/api/v1/centres/" + centre + "/learners/" + reference + "/bksb/results/refresh",
                "application/json",
                "");
    assertEquals(200, refreshed.status(), refreshed.body());

    List<Logged> spans = spans(traceId, s -> s.stream().anyMatch(x -> x.kind().equals("SERVER")));
    assertTrue(
        has(
            spans,
            "POST /api/v1/centres/{centreId}/learners/{reference}/bksb/results/refresh",
            "SERVER"),
        spans.toString());
    assertTrue(
        spans.stream().anyMatch(s -> s.name().startsWith("bksb GET ") && s.kind().equals("CLIENT")),
        spans.toString());
    assertFalse(
        spans.stream().anyMatch(s -> s.name().contains(reference)), "no learner in a span name");
  }

  @Test
  void anUntracedCallIsNotSampled() throws Exception {
    String traceId = newTraceId();
    manager.with("traceparent", "00-" + traceId + "-00f067aa0ba902b7-00").get("/api/v1/me");
    Thread.sleep(500);
    assertEquals(List.of(), spans(traceId, s -> true), "the caller did not ask for the trace");
  }
}
