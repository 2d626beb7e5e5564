package org.bksbbridge.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers: without it no job or call can work. The data source is
 * looked up at each check rather than injected: a data source Liberty cannot create (a driver
 * missing, a wrong DB_KIND) must make the check DOWN, not make the check itself fail to exist.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements DetailedCheck {
  private static final int TIMEOUT_SECONDS = 2;
  private static final String JNDI_NAME = "jdbc/bksb";

  /** Finds the application's data source. */
  interface Lookup {
    DataSource dataSource() throws NamingException;
  }

  private final Lookup lookup;

  public DatabaseReadiness() {
    this(() -> (DataSource) new InitialContext().lookup(JNDI_NAME));
  }

  DatabaseReadiness(Lookup lookup) {
    this.lookup = lookup;
  }

  @Override
  public HealthCheckResponse detail() {
    try (Connection c = lookup.dataSource().getConnection()) {
      boolean valid = c.isValid(TIMEOUT_SECONDS);
      return response(valid, Map.of("product", c.getMetaData().getDatabaseProductName()));
    } catch (SQLException | NamingException | RuntimeException e) {
      // The kind of failure only: messages and connection strings can carry credentials.
      String error = e.getClass().getSimpleName();
      if (e instanceof SQLException sql) {
        error += " (SQLState " + sql.getSQLState() + ")";
      }
      return response(false, Map.of("error", error));
    }
  }

  private static HealthCheckResponse response(boolean up, Map<String, Object> data) {
    return new HealthCheckResponse(
        "database",
        up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
        Optional.of(data));
  }
}
