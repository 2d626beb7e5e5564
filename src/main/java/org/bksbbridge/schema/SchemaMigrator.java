package org.bksbbridge.schema;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Migrates the database when the application starts, before anything uses JPA: it observes the
 * start first of all observers ({@code PLATFORM_BEFORE}), then fires {@link SchemaReady}, which the
 * default grants and the demo data observe. The servlet listeners that start timers (the schedule,
 * the outbox, the sweeps) call {@link #awaitMigrated()} first, which runs the migrations itself if
 * it comes first, or waits for them; on false they do not start: the schema is not what the code
 * expects.
 *
 * <p>Migrations run on the non-transactional data source (Flyway commits each migration itself).
 */
@ApplicationScoped
public class SchemaMigrator {
  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());
  static final String DATA_SOURCE = "jdbc/bksbSequences";

  /** Where the schema stands on this server. */
  public enum State {
    NOT_STARTED,
    MIGRATING,
    READY,
    FAILED
  }

  @Inject Event<SchemaReady> ready;

  private volatile State state = State.NOT_STARTED;
  private volatile String version;
  private volatile String error;

  void onStart(
      @Observes
          @Priority(Interceptor.Priority.PLATFORM_BEFORE)
          @Initialized(ApplicationScoped.class)
          Object started) {
    awaitMigrated();
  }

  /**
   * @return whether the schema is at the latest version; runs the migrations on the first call
   */
  public synchronized boolean awaitMigrated() {
    if (state == State.NOT_STARTED) {
      migrate();
      if (state == State.READY) {
        try {
          ready.fire(new SchemaReady(version));
        } catch (RuntimeException e) {
          // Seeding defaults or demo data that fails must not stop the application.
          LOG.log(Level.WARNING, "a start-up task after the schema's migration failed", e);
        }
      }
    }
    return state == State.READY;
  }

  private void migrate() {
    state = State.MIGRATING;
    long t0 = System.nanoTime();
    try {
      DataSource ds = (DataSource) new InitialContext().lookup(DATA_SOURCE);
      Migrations.Outcome o = Migrations.migrate(ds);
      version = o.version();
      state = State.READY;
      long ms = (System.nanoTime() - t0) / 1_000_000;
      LOG.info(
          () ->
              "bksb-bridge database schema at version "
                  + o.version()
                  + (o.baselined() ? " (a database from before migrations, baselined at 1)" : "")
                  + ": "
                  + o.applied()
                  + " migration(s) applied in "
                  + ms
                  + " ms");
    } catch (NamingException | RuntimeException e) {
      // The kind only in health (messages can carry connection details); the whole in the log.
      error = e.getClass().getSimpleName();
      state = State.FAILED;
      LOG.log(
          Level.SEVERE,
          "bksb-bridge could not migrate the database schema; the application does not start its"
              + " jobs, schedule or outbox, and reports not ready and not alive",
          e);
    }
  }

  public State state() {
    return state;
  }

  /** The schema's version once migrated, else null. */
  public String version() {
    return version;
  }

  /** Why migrating failed (the exception's kind), else null. */
  public String error() {
    return error;
  }
}
