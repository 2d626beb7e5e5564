package org.bksbbridge.bksb;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.bksbbridge.tracing.JobTraces;

/**
 * A span for each attempt of a bksb call, in the trace of the request or job that made it, timed as
 * the call log times it. Named by endpoint and method alone, never the path: paths carry user names
 * and ids (personal data), and a span name is for grouping.
 */
@ApplicationScoped
public class CallSpans implements CallRecorder {
  @Inject Tracer tracer;
  @Inject JobTraces jobs;

  @Override
  public void record(BksbCall call) {
    var builder =
        tracer
            .spanBuilder("bksb " + call.method() + " " + call.endpoint())
            .setParent(jobs.contextFor(call.executionId()))
            .setSpanKind(SpanKind.CLIENT)
            .setStartTimestamp(call.at())
            .setAttribute("http.request.method", call.method())
            .setAttribute("url.template", call.endpoint());
    if (call.status() > 0) {
      builder.setAttribute("http.response.status_code", (long) call.status());
    }
    if (call.attempt() > 1) {
      builder.setAttribute("http.request.resend_count", (long) call.attempt() - 1);
    }
    if (call.centreId() != null) {
      builder.setAttribute("bksb.centre", call.centreId());
    }
    Span span = builder.startSpan();
    if (!call.ok()) {
      String why = call.error() != null ? call.error() : "HTTP " + call.status();
      span.setAttribute("error.type", call.status() > 0 ? String.valueOf(call.status()) : why);
      span.setStatus(StatusCode.ERROR, why);
    }
    span.end(call.at().plus(Duration.ofMillis(call.durationMillis())));
  }
}
