package org.bksbbridge.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What the server provides and Weld SE does not: the EntityManager (bound to the calling thread, so
 * it joins the chunk transaction) and the clock.
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
}
