package org.bksbbridge.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clock every date rule reads. Providers work on UK dates, so "today" is taken in the
 * configured zone, not the server's.
 */
@ApplicationScoped
public class ClockProducer {
  @Produces
  @ApplicationScoped
  Clock clock(@ConfigProperty(name = "bksb.timezone", defaultValue = "Europe/London") String zone) {
    return Clock.system(ZoneId.of(zone));
  }
}
