package org.bksbbridge.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Clock;
import java.util.concurrent.Executor;
import javax.sql.DataSource;

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

  /**
   * The thread's EntityManager's own connection, in its transaction (begun by the caller), as the
   * server's data source joins the JTA transaction; closing it leaves it to the EntityManager.
   */
  @Produces
  DataSource dataSource() {
    SeDatabase db = env.db;
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("getConnection")) {
                throw new UnsupportedOperationException("DataSource." + method.getName());
              }
              Connection c = db.current().unwrap(Connection.class);
              return Proxy.newProxyInstance(
                  Connection.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (p, m, a) -> {
                    if (m.getName().equals("close")) {
                      return null;
                    }
                    try {
                      return m.invoke(c, a);
                    } catch (InvocationTargetException e) {
                      throw e.getCause();
                    }
                  });
            });
  }

  /** The tracer mpTelemetry gives in the server. */
  @Produces
  io.opentelemetry.api.trace.Tracer tracer() {
    return env.telemetry().getTracer("bksb-bridge");
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
