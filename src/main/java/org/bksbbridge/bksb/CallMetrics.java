package org.bksbbridge.bksb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Every bksb call attempt as metrics, whatever the centres' call log settings: {@code
 * bksb_calls_total} and {@code bksb_call_duration_seconds} by endpoint (ids folded into {id}) and
 * outcome (2xx, 4xx, 429, 5xx, or error when no response came). Ops see error rates, rate limiting
 * and latency at {@code /metrics}.
 */
@ApplicationScoped
public class CallMetrics implements CallRecorder {
  private static final Metadata CALLS =
      Metadata.builder()
          .withName("bksb.calls")
          .withDescription("bksb API call attempts, by endpoint and outcome")
          .build();
  private static final Metadata DURATION =
      Metadata.builder()
          .withName("bksb.call.duration")
          .withDescription("bksb API call attempts' duration, by endpoint and outcome")
          .build();

  @Inject Instance<MetricRegistry> registries;

  @Override
  public void record(BksbCall call) {
    if (!registries.isResolvable()) {
      return;
    }
    MetricRegistry registry = registries.get();
    Tag[] tags = {new Tag("endpoint", endpoint(call)), new Tag("outcome", outcome(call.status()))};
    registry.counter(CALLS, tags).inc();
    registry.timer(DURATION, tags).update(Duration.ofMillis(call.durationMillis()));
  }

  /** Method and API path without the query string, ids folded: a bounded set of tag values. */
  static String endpoint(BksbCall call) {
    return call.method() + " api" + call.endpoint();
  }

  static String outcome(int status) {
    if (status == 0) {
      return "error";
    }
    if (status == 429) {
      return "429";
    }
    return (status / 100) + "xx";
  }
}
