package org.bksbbridge.bksb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.regex.Pattern;
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
  private static final Pattern ID_SEGMENT = Pattern.compile("/\\d+(?=/|$)");
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
    String path = call.path() == null ? "" : call.path();
    int q = path.indexOf('?');
    if (q >= 0) {
      path = path.substring(0, q);
    }
    // From bksb's "api/" on: the same names whatever the base URL (the sandbox's has a prefix).
    int api = path.indexOf("api/");
    if (api > 0) {
      path = path.substring(api);
    }
    return call.method() + " " + ID_SEGMENT.matcher(path).replaceAll("/{id}");
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
