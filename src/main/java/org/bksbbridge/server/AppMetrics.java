package org.bksbbridge.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The application's metrics (MicroProfile Metrics, scope application; Prometheus names start {@code
 * bksb_}), for features to count, time and gauge what they do. Outside the server (tests under Weld
 * SE) there is no registry, and nothing is recorded.
 */
@ApplicationScoped
public class AppMetrics {
  @Inject Instance<MetricRegistry> registries;

  /** Adds {@code n} to the counter {@code name} (dots: {@code bksb.users.gone}). */
  public void count(String name, long n, Tag... tags) {
    if (n > 0 && registries.isResolvable()) {
      registries.get().counter(name, tags).inc(n);
    }
  }

  /** Records one duration in the timer {@code name} (a histogram in seconds). */
  public void time(String name, Duration d, Tag... tags) {
    if (d != null && !d.isNegative() && registries.isResolvable()) {
      registries.get().timer(name, tags).update(d);
    }
  }

  /** A gauge read at each scrape; registered once per name and tags. */
  public void gauge(String name, String description, Supplier<Number> value, Tag... tags) {
    if (registries.isResolvable()) {
      registries
          .get()
          .gauge(
              Metadata.builder().withName(name).withDescription(description).build(), value, tags);
    }
  }
}
