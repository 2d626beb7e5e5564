package org.bksbbridge.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.bksbbridge.centre.Centre;
import org.bksbbridge.jobs.JobRun;
import org.bksbbridge.learner.Learner;
import org.bksbbridge.testing.SeDatabase;
import org.junit.jupiter.api.Test;

/**
 * The migrations on Derby, and on PostgreSQL in the build's PostgreSQL run: they make the schema
 * the entities need, upgrade an older database keeping its data, take over a database EclipseLink
 * made before migrations existed, and do nothing the second time.
 */
class MigrationsTest {
  /** The migrations' versions, read from the sources: merging a new one needs no edit here. */
  private static final java.util.SortedSet<Integer> VERSIONS = versions();

  static final String LATEST = String.valueOf(VERSIONS.last());

  /** How many migrations a fresh database gets. */
  static final int MIGRATIONS = VERSIONS.size();

  private static java.util.SortedSet<Integer> versions() {
    java.util.SortedSet<Integer> out = new java.util.TreeSet<>();
    for (String dir : new String[] {"common", "derby"}) {
      java.io.File[] files = new java.io.File("src/main/resources/db/migration/" + dir).listFiles();
      for (java.io.File f : files == null ? new java.io.File[0] : files) {
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile("V(\\d+)__.*\\.sql").matcher(f.getName());
        if (m.matches()) {
          out.add(Integer.parseInt(m.group(1)));
        }
      }
    }
    return out;
  }

  private static String user() {
    return System.getProperty("se.db.user");
  }

  private static String password() {
    return System.getProperty("se.db.password");
  }

  @Test
  void migratesAnEmptyDatabaseOnceToTheLatestVersion() {
    String url = SeDatabase.freshUrl();
    try {
      Migrations.Outcome first = Migrations.migrate(url, user(), password());
      assertEquals(LATEST, first.version());
      assertEquals(MIGRATIONS, first.applied(), "every migration, once");
      assertFalse(first.baselined());
      Migrations.Outcome again = Migrations.migrate(url, user(), password());
      assertEquals(LATEST, again.version());
      assertEquals(0, again.applied(), "a second start has nothing to do");
    } finally {
      SeDatabase.dropSchema(url);
    }
  }

  /**
   * Two servers starting at once on an empty database: one looks at the history (empty), the other
   * migrates, then the first would baseline over our new tables. It leaves the other's history as
   * it is, and its own migrate finds nothing left to do.
   */
  @Test
  void aServerThatLookedBeforeAnotherMigratedDoesNotBaselineOverIt() {
    String url = SeDatabase.freshUrl();
    try {
      Migrations.migrate(url, user(), password());
      var flyway = Migrations.load(Migrations.configure().dataSource(url, user(), password()));
      assertFalse(Migrations.baseline(flyway, new Migrations.Tables(true, false)));
      assertFalse(Migrations.baseline(flyway, new Migrations.Tables(false, true)));
      Migrations.Outcome after = Migrations.migrate(url, user(), password());
      assertEquals(LATEST, after.version());
      assertEquals(0, after.applied());
    } finally {
      SeDatabase.dropSchema(url);
    }
  }

  /**
   * Servers starting at once on an empty database (the cluster's first start), with or without
   * Liberty's tables there first: every one of them ends at the latest version, the migrations ran
   * once, and none failed (a failed start leaves a server not ready).
   */
  @Test
  void serversStartingAtOnceAllFindTheSchemaMigratedOnce() throws Exception {
    for (int round = 0; round < 16; round++) {
      String url = SeDatabase.freshUrl();
      try {
        if (round % 2 == 1) {
          try (Connection c = DriverManager.getConnection(url, user(), password());
              Statement st = c.createStatement()) {
            st.execute("create table jobinstance (jobinstanceid bigint not null primary key)");
          }
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        var start = new java.util.concurrent.CountDownLatch(1);
        var outcomes = new java.util.ArrayList<java.util.concurrent.Future<Migrations.Outcome>>();
        for (int s = 0; s < 3; s++) {
          outcomes.add(
              pool.submit(
                  () -> {
                    start.await();
                    return Migrations.migrate(url, user(), password());
                  }));
        }
        start.countDown();
        int applied = 0;
        for (var o : outcomes) {
          Migrations.Outcome outcome = o.get(120, java.util.concurrent.TimeUnit.SECONDS);
          assertEquals(LATEST, outcome.version(), "round " + round);
          applied += outcome.applied();
        }
        pool.shutdown();
        assertEquals(MIGRATIONS, applied, "each migration applied by one server, round " + round);
      } finally {
        SeDatabase.dropSchema(url);
      }
    }
  }

  /**
   * Liberty's batch tables may be made in the same schema before the application migrates it: the
   * migrations still all run.
   */
  @Test
  void aSchemaWithOnlyOthersTablesGetsEveryMigration() throws SQLException {
    String url = SeDatabase.freshUrl();
    try {
      try (Connection c = DriverManager.getConnection(url, user(), password());
          Statement st = c.createStatement()) {
        st.execute("create table jobinstance (jobinstanceid bigint not null primary key)");
      }
      Migrations.Outcome o = Migrations.migrate(url, user(), password());
      assertEquals(LATEST, o.version());
      assertEquals(MIGRATIONS, o.applied(), "V1 too");
      assertFalse(o.baselined(), "not taken for a database of ours");
    } finally {
      SeDatabase.dropSchema(url);
    }
  }

  /**
   * The schema the migrations make is the one EclipseLink makes from today's entities: every table,
   * column (type, size, nullable), index and unique constraint. An entity changed without a
   * migration fails here.
   */
  @Test
  void theMigratedSchemaIsTheOneTheEntitiesDescribe() throws SQLException {
    String migrated = SeDatabase.freshUrl();
    String generated = SeDatabase.freshUrl();
    try {
      Migrations.migrate(migrated, user(), password());
      Map<String, String> props = props(generated);
      props.put("eclipselink.ddl-generation", "create-tables");
      props.put("eclipselink.ddl-generation.output-mode", "database");
      EntityManagerFactory f = Persistence.createEntityManagerFactory("bksb-se", props);
      f.createEntityManager().close();
      int entities = f.getMetamodel().getEntities().size();
      f.close();
      SchemaShape want = SchemaShape.read(generated, user(), password());
      SchemaShape got = SchemaShape.read(migrated, user(), password());
      assertEquals(
          entities + 1, want.columns().size(), "the entities' tables and id_sequence: " + want);
      assertEquals(want.columns().keySet(), got.columns().keySet(), "tables");
      want.columns()
          .forEach((t, cols) -> assertEquals(cols, got.columns().get(t), "columns of " + t));
      want.indexes()
          .forEach((t, idx) -> assertEquals(idx, got.indexes().get(t), "indexes of " + t));
      // V1's thirteen, V8's auditIds, V14's heldChangeIds, V15's alertIds, V17's misEventIds and
      // V18's webhookIds and webhookDeliveryIds.
      assertEquals(19, count(migrated, "select count(*) from id_sequence"), "generator rows");
    } finally {
      SeDatabase.dropSchema(migrated);
      SeDatabase.dropSchema(generated);
    }
  }

  /** A database at V1 with data, upgraded to the latest: the data stays and JPA reads it. */
  @Test
  void upgradingADatabaseAtVersionOneKeepsItsData() throws SQLException {
    String url = SeDatabase.freshUrl();
    try {
      assertEquals("1", Migrations.migrateTo("1", url, user(), password()).version());
      insertData(url);
      Migrations.Outcome up = Migrations.migrate(url, user(), password());
      assertEquals(LATEST, up.version());
      assertEquals(MIGRATIONS - 1, up.applied());
      assertDataKept(url);
    } finally {
      SeDatabase.dropSchema(url);
    }
  }

  /**
   * A production database from before migrations (EclipseLink's tables, no history): baselined at
   * 1, not made again, then upgraded, keeping its data.
   */
  @Test
  void aDatabaseMadeBeforeMigrationsIsBaselinedAndUpgraded() throws Exception {
    String url = SeDatabase.freshUrl();
    try {
      String vendor = url.startsWith("jdbc:postgresql:") ? "postgresql" : "derby";
      runScript(url, "/db/migration/" + vendor + "/V1__initial_schema.sql");
      insertData(url);
      Migrations.Outcome up = Migrations.migrate(url, user(), password());
      assertTrue(up.baselined(), "taken as version 1");
      assertEquals(LATEST, up.version());
      assertEquals(MIGRATIONS - 1, up.applied(), "V1 not run again");
      assertDataKept(url);
    } finally {
      SeDatabase.dropSchema(url);
    }
  }

  private static Map<String, String> props(String url) {
    Map<String, String> props = new HashMap<>();
    props.put("eclipselink.persistencexml", "META-INF/persistence-se.xml");
    props.put("jakarta.persistence.jdbc.url", url);
    if (url.startsWith("jdbc:postgresql:")) {
      props.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
      props.put("jakarta.persistence.jdbc.user", user());
      props.put("jakarta.persistence.jdbc.password", password());
    }
    return props;
  }

  /** Rows as the application of V1's day wrote them, straight in SQL. */
  private static void insertData(String url) throws SQLException {
    boolean pg = url.startsWith("jdbc:postgresql:");
    String yes = pg ? "true" : "1";
    String no = pg ? "false" : "0";
    try (Connection c = DriverManager.getConnection(url, user(), password());
        Statement st = c.createStatement()) {
      st.executeUpdate(
          "insert into centre (id, bksb_licensed, name, version) values ('OLD', "
              + yes
              + ", 'Old College', 1)");
      st.executeUpdate(
          "insert into learner (id, bksb_user, centre_id, email, email_verified, first_name, kind,"
              + " last_name, reference, system_status, updated_at, web_username) values (7, "
              + no
              + ", 'OLD', 'ada@example.ac.uk', "
              + yes
              + ", 'Ada', 'LEARNER', 'Lovelace', 'L1', 'LIVE', CURRENT_TIMESTAMP, 'ada.l')");
      st.executeUpdate(
          "insert into job_run (execution_id, batch_status, instance_id, job_name, started_at)"
              + " values (41, 'COMPLETED', 40, 'learner-import', CURRENT_TIMESTAMP)");
      st.executeUpdate("update id_sequence set seq_count = 500 where seq_name = 'learnerIds'");
      st.executeUpdate("insert into access_seed (id, seeded_at) values (1, CURRENT_TIMESTAMP)");
    }
  }

  private static void assertDataKept(String url) throws SQLException {
    // Before SeDatabase, whose close drops a PostgreSQL test schema.
    assertEquals(
        500, count(url, "select seq_count from id_sequence where seq_name = 'learnerIds'"));
    // Before SeDatabase, whose close drops a PostgreSQL test schema.
    assertEquals(
        500, count(url, "select seq_count from id_sequence where seq_name = 'learnerIds'"));
    assertEquals(
        1,
        count(
            url,
            "select count(*) from sync_schedule_origin o join access_seed s"
                + " on o.first_started_at = s.seeded_at"),
        "the schedule ran since the database's first start: a nightly run missed while it was"
            + " upgraded is still caught up");
    try (SeDatabase db = new SeDatabase(url)) {
      var em = db.newEntityManager();
      Centre centre = em.find(Centre.class, "OLD");
      assertEquals("Old College", centre.getName());
      Learner l =
          em.createQuery("select l from Learner l where l.reference = 'L1'", Learner.class)
              .getSingleResult();
      assertEquals("Lovelace", l.fields().lastName());
      assertEquals("ada.l", l.fields().webUsername());
      JobRun run = em.find(JobRun.class, 41L);
      assertEquals("COMPLETED", run.getBatchStatus());
      assertNull(run.getServer(), "a run from before V2 names no server");
      em.close();
    }
  }

  private static long count(String url, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user(), password());
        Statement st = c.createStatement();
        var rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void runScript(String url, String resource) throws IOException, SQLException {
    String sql;
    try (InputStream in = MigrationsTest.class.getResourceAsStream(resource)) {
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (Connection c = DriverManager.getConnection(url, user(), password());
        Statement st = c.createStatement()) {
      for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";")) {
        if (!statement.isBlank()) {
          st.execute(statement);
        }
      }
    }
  }
}
