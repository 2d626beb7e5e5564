package org.bksbbridge.health;

import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * A health check whose data only admins read. The server's {@code /health} endpoints answer anyone
 * (load balancers and orchestrators probe them without credentials), so they get each check's name
 * and status only; the data (enabled centres' ids and bksb states, database product, heap, schema
 * version and errors) is at {@code GET /api/v1/health} for signed-in admins ({@link
 * HealthResource}).
 */
public interface DetailedCheck extends HealthCheck {
  /** The check with its data. */
  HealthCheckResponse detail();

  /** What {@code /health} shows: the status, never the data. */
  @Override
  default HealthCheckResponse call() {
    HealthCheckResponse d = detail();
    return new HealthCheckResponse(d.getName(), d.getStatus(), Optional.empty());
  }
}
