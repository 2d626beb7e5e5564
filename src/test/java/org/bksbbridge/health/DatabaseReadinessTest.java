package org.bksbbridge.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import javax.naming.NameNotFoundException;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class DatabaseReadinessTest {
  private static Map<String, Object> data(HealthCheckResponse r) {
    return r.getData().orElseThrow();
  }

  @Test
  void upWhileTheDatabaseAnswers() {
    EmbeddedDataSource derby = new EmbeddedDataSource();
    derby.setDatabaseName("memory:readiness");
    derby.setCreateDatabase("create");
    HealthCheckResponse r = new DatabaseReadiness(() -> derby).detail();
    assertEquals(HealthCheckResponse.Status.UP, r.getStatus());
    assertEquals("Apache Derby", data(r).get("product"));
  }

  @Test
  void downWhenTheServerCouldNotMakeTheDataSource() {
    HealthCheckResponse r =
        new DatabaseReadiness(
                () -> {
                  throw new NameNotFoundException("jdbc/bksb");
                })
            .detail();
    assertEquals(HealthCheckResponse.Status.DOWN, r.getStatus());
    assertEquals("NameNotFoundException", data(r).get("error"));
  }

  @Test
  void downWhenTheDatabaseRefusesNamingTheFailureButNotTheDatabase() {
    EmbeddedDataSource missing = new EmbeddedDataSource();
    missing.setDatabaseName("memory:not-created-user-secret");
    HealthCheckResponse r = new DatabaseReadiness(() -> missing).detail();
    assertEquals(HealthCheckResponse.Status.DOWN, r.getStatus());
    String error = (String) data(r).get("error");
    assertTrue(error.endsWith("(SQLState XJ004)"), error);
    assertFalse(error.contains("not-created-user-secret"), error);
  }
}
