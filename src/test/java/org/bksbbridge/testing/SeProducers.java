package org.bksbbridge.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.concurrent.Executor;

/**
 * What the server provides and Weld SE does not, in place of the module's own producers: the
 * EntityManager (bound to the calling thread, so it joins the chunk transaction), the clock and the
 * executor of job threads, all from the container's {@link SeEnvironment}.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class SeProducers {
  @Inject SeEnvironment env;

  @Produces
  EntityManager entityManager() {
    SeDatabase db = env.db;
    return (EntityManager)
        Proxy.newProxyInstance(
            EntityManager.class.getClassLoader(),
            new Class<?>[] {EntityManager.class},
            (proxy, method, args) -> {
              try {
                return method.invoke(db.current(), args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Produces
  Clock clock() {
    return env.clock();
  }

  @Produces
  Executor executor() {
    SeEnvironment here = env;
    return task -> here.handOver().execute(task);
  }
}
