package org.bksbbridge.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Held while one server looks at a database's history, baselines it and migrates it, so servers
 * starting at once on an empty database take turns. Flyway's own lock covers only its migrate: two
 * servers that both found no history could both try to baseline, and the second was refused ("as it
 * already exists, and is empty"), leaving that server not ready (the cluster's first start).
 *
 * <p>On PostgreSQL a session advisory lock keyed by the schema, on a connection of its own held to
 * the end; embedded Derby is opened by one JVM only, where the caller's monitor suffices.
 */
final class SchemaLock implements AutoCloseable {
  /** The first half of the advisory lock's key: ours, beside Flyway's (which hashes its table). */
  private static final int KEY = 0x6b736221;

  private final Connection connection;

  private SchemaLock(Connection connection) {
    this.connection = connection;
  }

  /** Waits for the schema's lock; releases it on close. */
  static SchemaLock take(DataSource dataSource) {
    try {
      Connection c = dataSource.getConnection();
      if (!c.getMetaData().getDatabaseProductName().contains("PostgreSQL")) {
        c.close();
        return new SchemaLock(null);
      }
      try (Statement st = c.createStatement()) {
        st.execute("select pg_advisory_lock(" + KEY + ", hashtext(current_schema()))");
      } catch (SQLException e) {
        c.close();
        throw e;
      }
      return new SchemaLock(c);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot lock the database to migrate it", e);
    }
  }

  @Override
  public void close() {
    if (connection == null) {
      return;
    }
    // Closing the session releases its advisory locks too; unlocking first serves a pooled one.
    try (Connection c = connection;
        Statement st = c.createStatement()) {
      st.execute("select pg_advisory_unlock(" + KEY + ", hashtext(current_schema()))");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot unlock the database after migrating it", e);
    }
  }
}
