package org.bksbbridge.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What the server provides and Weld SE does not: the EntityManager (bound to the calling thread, so
 * it joins the chunk transaction), the clock and the executor of job threads.
 */
@ApplicationScoped
public class SeProducers {
  static volatile SeDatabase database;

  /**
   * Tests fix "today" so date rules give the same answer every day; the clock still ticks from
   * 10:00 that day, as "seen before" and "started after" (users gone from bksb) need time to pass.
   */
  public static volatile Clock clock =
      Clock.offset(
          Clock.system(ZoneId.of("Europe/London")),
          java.time.Duration.between(Instant.now(), Instant.parse("2026-11-20T10:00:00Z")));

  @Produces
  EntityManager entityManager() {
    return (EntityManager)
        Proxy.newProxyInstance(
            EntityManager.class.getClassLoader(),
            new Class<?>[] {EntityManager.class},
            (proxy, method, args) -> {
              try {
                return method.invoke(database.current(), args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Produces
  Clock clock() {
    return clock;
  }

  /** Daemon threads stand in for the server's managed executor: they never keep the JVM alive. */
  private static final ExecutorService THREADS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "se-job-thread");
            t.setDaemon(true);
            return t;
          });

  /** What the job threads run on; a test may wrap it to act as work is handed over. */
  public static volatile Executor executor = THREADS;

  @Produces
  Executor executor() {
    // Read at each hand-over, so a test's wrapper applies to a reader already opened.
    return task -> executor.execute(task);
  }

  public static Executor threads() {
    return THREADS;
  }
}
