package org.bksbbridge.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.inject.spi.CDI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.bksbbridge.sandbox.SandboxGenerator;
import org.bksbbridge.sync.users.UsersFixture;
import org.bksbbridge.testing.SeDatabase;
import org.bksbbridge.testing.SeEnvironment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A caller's trace goes with the job it starts: bksb-get-users (the packaged JSL under JBeret SE,
 * its partitions' threads included) makes its span a child of the caller's, and each bksb call a
 * child of the job's, timed and named without personal data. A job nobody traced starts its own.
 */
class JobTracesTest {
  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private UsersFixture fixture;

  @BeforeEach
  void start() {
    OpenTelemetrySdk sdk =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(spans))
                    .build())
            .build();
    fixture =
        new UsersFixture(
            new SandboxGenerator(5, 45, 2), new SeEnvironment(new SeDatabase()).telemetry(sdk));
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private long run(Properties params) throws InterruptedException {
    Map<String, String> p = new HashMap<>();
    params.stringPropertyNames().forEach(k -> p.put(k, params.getProperty(k)));
    p.put("pageSize", "20");
    long id = fixture.batch.start("bksb-get-users", p);
    assertEquals(BatchStatus.COMPLETED, fixture.batch.await(id).getBatchStatus());
    return id;
  }

  @Test
  void theJobAndItsBksbCallsCarryTheCallersTrace() throws Exception {
    JobTraces traces = CDI.current().select(JobTraces.class).get();
    Span caller =
        CDI.current()
            .select(io.opentelemetry.api.trace.Tracer.class)
            .get()
            .spanBuilder("POST /api/v1/jobs/bksb-get-users")
            .setSpanKind(SpanKind.SERVER)
            .startSpan();
    Properties params = new Properties();
    try (Scope in = caller.makeCurrent()) {
      traces.carry(params);
    } finally {
      caller.end();
    }
    assertTrue(
        params.getProperty(JobTraces.TRACEPARENT).contains(caller.getSpanContext().getTraceId()));
    long execution = run(params);

    List<SpanData> all = spans.getFinishedSpanItems();
    SpanData job = only(all, "job bksb-get-users");
    assertEquals(caller.getSpanContext().getTraceId(), job.getTraceId());
    assertEquals(caller.getSpanContext().getSpanId(), job.getParentSpanId());
    assertEquals(
        execution,
        job.getAttributes()
            .get(io.opentelemetry.api.common.AttributeKey.longKey("bksb.job.execution_id")));
    assertEquals(
        "COMPLETED",
        job.getAttributes()
            .get(io.opentelemetry.api.common.AttributeKey.stringKey("bksb.job.outcome")));
    List<SpanData> calls = all.stream().filter(s -> s.getName().startsWith("bksb ")).toList();
    // 45 users in pages of 20: three listing calls, for the one account both centres use.
    assertEquals(3, calls.size(), calls.toString());
    for (SpanData call : calls) {
      assertEquals("bksb GET /users/search", call.getName());
      assertEquals(SpanKind.CLIENT, call.getKind());
      assertEquals(job.getTraceId(), call.getTraceId());
      assertEquals(job.getSpanId(), call.getParentSpanId());
      assertEquals(StatusCode.UNSET, call.getStatus().getStatusCode());
      assertTrue(call.getEndEpochNanos() >= call.getStartEpochNanos());
      assertFalse(call.getAttributes().toString().contains("search="), "no query, no names");
    }
  }

  @Test
  void aJobNobodyTracedStartsATraceOfItsOwn() throws Exception {
    run(new Properties());
    SpanData job = only(spans.getFinishedSpanItems(), "job bksb-get-users");
    assertFalse(job.getParentSpanContext().isValid(), "a root span");
    assertTrue(
        spans.getFinishedSpanItems().stream()
            .filter(s -> s.getName().startsWith("bksb "))
            .allMatch(s -> s.getParentSpanId().equals(job.getSpanId())));
  }

  private static SpanData only(List<SpanData> all, String name) {
    List<SpanData> named = all.stream().filter(s -> s.getName().equals(name)).toList();
    assertEquals(1, named.size(), all.toString());
    return named.get(0);
  }
}
