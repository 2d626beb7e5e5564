package org.bksbbridge.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bksbbridge.schema.SchemaReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the DEMO and NORTH centres once, at start-up once the schema is migrated, when {@code
 * bksb.demo.enabled} is true (dev).
 */
@ApplicationScoped
public class DemoCentre {
  private static final Logger LOG = Logger.getLogger(DemoCentre.class.getName());

  @Inject
  @ConfigProperty(name = "bksb.demo.enabled", defaultValue = "false")
  boolean enabled;

  @Inject DemoData data;

  void onStart(@Observes SchemaReady migrated) {
    if (!enabled) {
      return;
    }
    try {
      if (data.createIfMissing()) {
        LOG.info("created the DEMO centre and its learners (bksb.demo.enabled=true)");
      }
      if (data.createNorthIfMissing()) {
        LOG.info("created the NORTH centre, its learners and its manager (bksb.demo.enabled=true)");
      }
    } catch (RuntimeException e) {
      // A demo that cannot be made must not stop the application.
      LOG.log(Level.WARNING, "could not create the DEMO centre", e);
    }
  }
}
