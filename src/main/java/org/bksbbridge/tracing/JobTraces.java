package org.bksbbridge.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The spans of the jobs running on this server, by execution: a job's listeners open and close its
 * span, and its steps and partitions (each on a thread of its own, which carries no trace) find it
 * here. A job started by a traced request is a child of that request's span; one started by the
 * schedule begins a trace of its own.
 */
@ApplicationScoped
public class JobTraces {
  /** The job parameters that carry the starter's trace (W3C Trace Context). */
  public static final String TRACEPARENT = "traceparent";

  private static final TextMapGetter<Properties> PARAMETERS =
      new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Properties p) {
          return p.stringPropertyNames();
        }

        @Override
        public String get(Properties p, String key) {
          return p == null ? null : p.getProperty(key);
        }
      };

  @Inject Tracer tracer;

  private final Map<Long, Span> running = new ConcurrentHashMap<>();

  /** Puts the caller's trace, if it is traced, into the parameters of a job it starts. */
  public void carry(Properties params) {
    if (Span.current().getSpanContext().isValid()) {
      W3CTraceContextPropagator.getInstance()
          .inject(Context.current(), params, (p, k, v) -> p.setProperty(k, v));
    }
  }

  /** Opens the span of a job execution, a child of the trace its parameters carry if any. */
  public void started(long executionId, String jobName, String centreId, Properties params) {
    Context parent =
        W3CTraceContextPropagator.getInstance().extract(Context.root(), params, PARAMETERS);
    var builder =
        tracer
            .spanBuilder("job " + jobName)
            .setParent(parent)
            .setSpanKind(SpanKind.INTERNAL)
            .setAttribute("bksb.job.name", jobName)
            .setAttribute("bksb.job.execution_id", executionId);
    if (centreId != null) {
      builder.setAttribute("bksb.centre", centreId);
    }
    Span span = builder.startSpan();
    if (span.getSpanContext().isValid()) {
      running.put(executionId, span);
    }
  }

  /** Closes the span of a job execution with how it ended. */
  public void ended(long executionId, String outcome, String exitStatus) {
    Span span = running.remove(executionId);
    if (span == null) {
      return;
    }
    span.setAttribute("bksb.job.outcome", outcome);
    if (exitStatus != null) {
      span.setAttribute("bksb.job.exit_status", exitStatus);
    }
    if ("FAILED".equals(outcome)) {
      span.setStatus(StatusCode.ERROR, exitStatus == null ? "FAILED" : exitStatus);
    }
    span.end();
  }

  /**
   * Where work belongs: the current trace when the thread has one (a request), else the span of the
   * job execution (null: none) whose work this is.
   */
  public Context contextFor(Long executionId) {
    Context current = Context.current();
    if (executionId == null || Span.fromContext(current).getSpanContext().isValid()) {
      return current;
    }
    Span job = running.get(executionId);
    return job == null ? current : current.with(job);
  }
}
