package org.bksbbridge.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.UUID;
import org.bksbbridge.schema.Migrations;

/**
 * A fresh Derby in-memory database with the application's schema (its migrations), and one
 * resource-local EntityManager per thread, as the server's container-managed one would be per
 * transaction.
 */
public final class SeDatabase implements AutoCloseable {
  private final EntityManagerFactory factory;
  private final String url;
  private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

  public SeDatabase() {
    this(freshUrl());
  }

  /**
   * A new empty database: Derby in memory, or, when {@code se.db.url} names a PostgreSQL database
   * (with {@code se.db.user} and {@code se.db.password}), a new schema in it, so the same tests run
   * on the production database.
   */
  public static String freshUrl() {
    String postgres = System.getProperty("se.db.url", "");
    if (postgres.isBlank()) {
      return "jdbc:derby:memory:" + UUID.randomUUID() + ";create=true";
    }
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
    try (var c =
            java.sql.DriverManager.getConnection(
                postgres, System.getProperty("se.db.user"), System.getProperty("se.db.password"));
        var st = c.createStatement()) {
      st.execute("create schema " + schema);
    } catch (java.sql.SQLException e) {
      // PostgresCondition has skipped or failed the test already if the server is away.
      throw new IllegalStateException("cannot make a test schema in " + postgres, e);
    }
    return postgres + (postgres.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** A database at a JDBC URL of the caller's (benchmarks use Derby on disk). */
  public SeDatabase(String url) {
    this.url = url;
    Map<String, String> props = new java.util.HashMap<>();
    props.put("eclipselink.persistencexml", "META-INF/persistence-se.xml");
    props.put("jakarta.persistence.jdbc.url", url);
    if (url.startsWith("jdbc:postgresql:")) {
      props.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
      props.put("jakarta.persistence.jdbc.user", System.getProperty("se.db.user", ""));
      props.put("jakarta.persistence.jdbc.password", System.getProperty("se.db.password", ""));
    }
    // The schema as the server gets it: the same migrations, not EclipseLink's DDL.
    if (url.startsWith("jdbc:postgresql:")) {
      Migrations.migrate(
          url, System.getProperty("se.db.user", ""), System.getProperty("se.db.password", ""));
    } else {
      Migrations.migrate(url, null, null);
    }
    factory = Persistence.createEntityManagerFactory("bksb-se", props);
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

  /**
   * Sets the thread's EntityManager (and its transaction) aside, as JTA suspends a transaction: the
   * thread gets a fresh one until {@link #resume}.
   */
  public EntityManager suspend() {
    EntityManager outer = current.get();
    current.remove();
    return outer;
  }

  /** Closes the thread's EntityManager of the suspension and puts the set-aside one back. */
  public void resume(EntityManager outer) {
    EntityManager inner = current.get();
    if (inner != null && inner.isOpen()) {
      inner.close();
    }
    current.set(outer);
  }

  /** A separate EntityManager for a test's own reads and setup. */
  public EntityManager newEntityManager() {
    return factory.createEntityManager();
  }

  /** A single number from a query; sums come back as other number types on PostgreSQL. */
  public long count(String jpql, Object... params) {
    EntityManager em = newEntityManager();
    try {
      var q = em.createQuery(jpql);
      for (int i = 0; i < params.length; i++) {
        q.setParameter(i + 1, params[i]);
      }
      return ((Number) q.getSingleResult()).longValue();
    } finally {
      em.close();
    }
  }

  @Override
  public void close() {
    factory.close();
    dropSchema(url);
  }

  /** A PostgreSQL test schema goes with its database; Derby in memory needs nothing. */
  public static void dropSchema(String url) {
    int at = url.indexOf("currentSchema=");
    if (!url.startsWith("jdbc:postgresql:") || at < 0) {
      return;
    }
    try (var c =
            java.sql.DriverManager.getConnection(
                url, System.getProperty("se.db.user"), System.getProperty("se.db.password"));
        var st = c.createStatement()) {
      st.execute("drop schema " + url.substring(at + "currentSchema=".length()) + " cascade");
    } catch (java.sql.SQLException e) {
      // A schema left behind costs nothing but space; the test's result stands.
    }
  }
}
