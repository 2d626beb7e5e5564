package org.bksbbridge.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh Derby in-memory database with the application's entities, and one resource-local
 * EntityManager per thread, as the server's container-managed one would be per transaction.
 */
public final class SeDatabase implements AutoCloseable {
  private final EntityManagerFactory factory;
  private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

  public SeDatabase() {
    this("jdbc:derby:memory:" + UUID.randomUUID() + ";create=true");
  }

  /** A database at a JDBC URL of the caller's (benchmarks use Derby on disk). */
  public SeDatabase(String url) {
    factory =
        Persistence.createEntityManagerFactory(
            "bksb-se",
            Map.of(
                "eclipselink.persistencexml",
                "META-INF/persistence-se.xml",
                "jakarta.persistence.jdbc.url",
                url));
  }

  /** The calling thread's EntityManager, created on first use. */
  public EntityManager current() {
    EntityManager em = current.get();
    if (em == null || !em.isOpen()) {
      em = factory.createEntityManager();
      current.set(em);
    }
    return em;
  }

  /** A separate EntityManager for a test's own reads and setup. */
  public EntityManager newEntityManager() {
    return factory.createEntityManager();
  }

  public long count(String jpql, Object... params) {
    EntityManager em = newEntityManager();
    try {
      var q = em.createQuery(jpql, Long.class);
      for (int i = 0; i < params.length; i++) {
        q.setParameter(i + 1, params[i]);
      }
      return q.getSingleResult();
    } finally {
      em.close();
    }
  }

  @Override
  public void close() {
    factory.close();
  }
}
