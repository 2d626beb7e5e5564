package org.bksbbridge.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bksbbridge.schema.SchemaMigrator;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Not alive once migrating failed: the server does not try again by itself (its jobs, schedule and
 * outbox never started), so an orchestrator should restart it, e.g. once the database it could not
 * reach at start is up. Migrating for a long time is not a failure (a lock wait, a big table).
 */
@Liveness
@ApplicationScoped
public class SchemaLiveness implements DetailedCheck {
  @Inject SchemaMigrator migrator;

  @Override
  public HealthCheckResponse detail() {
    return HealthCheckResponse.named("schema")
        .status(migrator.state() != SchemaMigrator.State.FAILED)
        .withData("state", migrator.state().name())
        .build();
  }
}
