package org.bksbbridge.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database's schema to the latest version with Flyway: the SQL of {@code
 * db/migration/common} (portable) and {@code db/migration/<vendor>} ({@code derby}, {@code
 * postgresql}) in version order. The server and the SE tests both build their databases here, so
 * the tests run on the schema production gets.
 *
 * <p>A database made before migrations existed (tables by EclipseLink, no history) has exactly the
 * schema of V1: it is baselined at 1, and only the later migrations run on it. A schema holding
 * only other tables (Liberty creates its batch tables in the same database) is baselined at 0.
 *
 * <p>Servers starting at once: on PostgreSQL each holds {@link SchemaLock} from its look at the
 * history to the end of its migrate, so one baselines and migrates and the others wait, then find
 * nothing left to do. Embedded Derby is opened by one JVM only.
 */
public final class Migrations {
  /** The version a pre-migrations database is taken to be at. */
  public static final String BASELINE = "1";

  /** Flyway's own table, beside ours. */
  static final String HISTORY = "flyway_schema_history";

  /** A table every version has, which tells a pre-migrations database from an empty one. */
  private static final String MARKER = "centre";

  private Migrations() {}

  /** What a run did. */
  public record Outcome(String version, int applied, boolean baselined) {}

  public static Outcome migrate(DataSource dataSource) {
    return run(configure().dataSource(dataSource));
  }

  /** The same at a JDBC URL (tests, tools). */
  public static Outcome migrate(String url, String user, String password) {
    return run(configure().dataSource(url, user, password));
  }

  /** Up to a version only: the upgrade tests make an older database this way. */
  static Outcome migrateTo(String target, String url, String user, String password) {
    return run(configure().dataSource(url, user, password).target(target));
  }

  /** Flyway over the database's migrations: the portable ones and its vendor's. */
  static Flyway load(FluentConfiguration config) {
    String vendor = vendor(config.getDataSource());
    return config
        .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
        .load();
  }

  static FluentConfiguration configure() {
    return Flyway.configure(Migrations.class.getClassLoader())
        .table(HISTORY)
        .baselineVersion(BASELINE)
        .baselineDescription("schema made by EclipseLink before migrations")
        // Liberty's class loader cannot list a folder: Flyway finds ours by the empty
        // flyway.location file in each, and must fail rather than find nothing.
        .failOnMissingLocations(true)
        // Our SQL has no placeholders; "${" in a string must stay as it is.
        .placeholderReplacement(false)
        .cleanDisabled(true);
  }

  private static Outcome run(FluentConfiguration config) {
    try (SchemaLock lock = SchemaLock.take(config.getDataSource())) {
      return runLocked(config);
    }
  }

  private static Outcome runLocked(FluentConfiguration config) {
    Flyway flyway = load(config);
    boolean baselined =
        flyway.info().applied().length == 0
            && baseline(flyway, tables(flyway.getConfiguration().getDataSource()));
    MigrateResult result = flyway.migrate();
    MigrationInfo current = flyway.info().current();
    if (current == null || current.getVersion().compareTo(MigrationVersion.fromVersion("1")) < 0) {
      throw new IllegalStateException("no migrations found: the schema is not built");
    }
    return new Outcome(
        current == null ? null : current.getVersion().getVersion(),
        result.migrationsExecuted,
        baselined);
  }

  /**
   * Starts the history of a database that has none: at 1 over our tables from before migrations
   * (then true), at 0 over only others' tables. Another server can begin migrating between the look
   * at the history and the baseline (two servers starting at once on an empty database): Flyway
   * then refuses the baseline, and the history the other server wrote stands.
   */
  static boolean baseline(Flyway flyway, Tables tables) {
    try {
      if (tables.ours()) {
        flyway.baseline();
        return true;
      }
      if (tables.others()) {
        // Liberty's batch tables (or others of ops') may be there first: Flyway would refuse a
        // schema that is not empty, so its history starts at 0 and every migration runs.
        Flyway.configure(Migrations.class.getClassLoader())
            .configuration(flyway.getConfiguration())
            .baselineVersion("0")
            .baselineDescription("only tables of others, e.g. the Liberty job repository")
            .load()
            .baseline();
      }
      return false;
    } catch (FlywayException refused) {
      if (flyway.info().applied().length == 0) {
        throw refused;
      }
      return false;
    }
  }

  /** The folder of the database's own migrations. */
  static String vendor(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName();
      if (product.contains("Derby")) {
        return "derby";
      }
      if (product.contains("PostgreSQL")) {
        return "postgresql";
      }
      throw new IllegalStateException("no migrations for database " + product);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the database to migrate it", e);
    }
  }

  /** Which tables a database without Flyway's history has. */
  record Tables(boolean ours, boolean others) {}

  /** Ours (EclipseLink made them before migrations), or only others', or none. */
  private static Tables tables(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      boolean any;
      try (ResultSet rs =
          c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
        any = rs.next();
      }
      boolean ours = hasTable(c, MARKER);
      return new Tables(ours, any && !ours);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the database's tables", e);
    }
  }

  /** In the connection's schema; Derby stores names in upper case, PostgreSQL in lower. */
  static boolean hasTable(Connection c, String name) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    String schema = c.getSchema();
    for (String n : new String[] {name.toUpperCase(Locale.ROOT), name.toLowerCase(Locale.ROOT)}) {
      try (ResultSet rs = meta.getTables(null, schema, n, new String[] {"TABLE"})) {
        if (rs.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
