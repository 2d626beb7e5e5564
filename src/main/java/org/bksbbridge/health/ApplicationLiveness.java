package org.bksbbridge.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the application answers at all. Deliberately touches nothing outside the JVM: a
 * database outage must make the server unready, not get it restarted.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements DetailedCheck {
  @Override
  public HealthCheckResponse detail() {
    Runtime rt = Runtime.getRuntime();
    long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    return HealthCheckResponse.named("application").up().withData("heapFreeBytes", free).build();
  }
}
