package org.bksbbridge.server;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bksbbridge.persistence.DatabaseOutages;
import org.bksbbridge.schema.SchemaMigrator;

/**
 * A task this server repeats while the web module runs: started with the module (a task scheduled
 * from there has the module's context, as one scheduled from a CDI start-up observer did not), by
 * default once the schema is migrated, at a fixed delay after each round, and stopped with the
 * module. A failed round (the database or a directory briefly away) is logged and does not end the
 * rounds: the next one does what this one could not.
 */
public abstract class RepeatingTask implements ServletContextListener {
  /** When the rounds start and how far apart; {@code now}: the first on the starting thread. */
  public record Rounds(long first, long every, TimeUnit unit, boolean now) {
    public static Rounds after(long first, long every, TimeUnit unit) {
      return new Rounds(first, every, unit, false);
    }

    /** The first round before the module takes requests, then one every {@code every}. */
    public static Rounds fromNow(long every, TimeUnit unit) {
      return new Rounds(every, every, unit, true);
    }
  }

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  private ManagedScheduledExecutorService managed;

  @Inject SchemaMigrator schema;
  @Inject DatabaseOutages outages;

  private final Logger log;
  private ScheduledFuture<?> rounds;

  /**
   * @param log the task's own logger, which reports its failed rounds
   */
  protected RepeatingTask(Logger log) {
    this.log = log;
  }

  /** The rounds on this server, read at its start; null: none (say why in the log). */
  protected abstract Rounds rounds();

  protected abstract void round() throws Exception;

  /** The warning a failed round logs, with its exception. */
  protected abstract String failure();

  /** Whether the rounds wait for the schema: false for a task that needs no database. */
  protected boolean needsSchema() {
    return true;
  }

  /** Where the rounds run: the server's shared executor unless the task needs its own. */
  protected ScheduledExecutorService executor() {
    return managed;
  }

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (needsSchema() && !schema.awaitMigrated()) {
      return;
    }
    Rounds r = rounds();
    if (r == null) {
      return;
    }
    ScheduledExecutorService on = executor();
    if (r.now()) {
      roundQuietly();
    }
    rounds = on.scheduleWithFixedDelay(this::roundQuietly, r.first(), r.every(), r.unit());
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    if (rounds != null) {
      rounds.cancel(false);
    }
  }

  private void roundQuietly() {
    try {
      round();
    } catch (Exception e) {
      if (outages.report(e)) {
        // One line while the database is away, not a stack each round: the next round tries again.
        log.warning(() -> failure() + ": the database is not available");
      } else {
        log.log(Level.WARNING, failure(), e);
      }
    }
  }
}
