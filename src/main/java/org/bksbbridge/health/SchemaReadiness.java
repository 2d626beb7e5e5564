package org.bksbbridge.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bksbbridge.schema.SchemaMigrator;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the schema is migrated: DOWN while migrations run, or after they failed. */
@Readiness
@ApplicationScoped
public class SchemaReadiness implements DetailedCheck {
  @Inject SchemaMigrator migrator;

  @Override
  public HealthCheckResponse detail() {
    return response(migrator);
  }

  static HealthCheckResponse response(SchemaMigrator m) {
    SchemaMigrator.State s = m.state();
    HealthCheckResponseBuilder b =
        HealthCheckResponse.named("schema")
            .status(s == SchemaMigrator.State.READY)
            .withData("state", s.name());
    if (m.version() != null) {
      b.withData("version", m.version());
    }
    if (m.error() != null) {
      b.withData("error", m.error());
    }
    return b.build();
  }
}
