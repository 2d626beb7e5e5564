package org.bksbbridge.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.inject.spi.CDI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bksbbridge.testing.SeBatch;
import org.bksbbridge.testing.SeDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The job history purge on Liberty's job repository (its tables as Liberty 26.0.0.3 makes them,
 * keys included, so the order of the deletes is checked) and on ours, with 10,000 old executions
 * while a job runs and writes its step rows: everything old goes with all its rows, in every table;
 * the running job, recent and restarted instances, the newest of each job and of each job for each
 * centre, and instances with a change waiting for approval stay. Also on PostgreSQL.
 */
class JobHistoryPurgeTest {
  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
  private static final Instant CUTOFF = NOW.minus(Duration.ofDays(90));
  private static final Instant OLD = CUTOFF.minus(Duration.ofDays(30));
  private static final int OLD_RUNS = 10_000;
  private static final String RESULTS = "bksb-get-results";

  private SeBatch se;
  private String url;

  @BeforeEach
  void start() throws SQLException {
    url = SeDatabase.freshUrl();
    se = new SeBatch(new SeDatabase(url));
    try (Connection c = connect();
        Statement st = c.createStatement()) {
      String blob = url.startsWith("jdbc:postgresql:") ? "BYTEA" : "BLOB";
      for (String ddl : LibertyTables.DDL) {
        st.execute(ddl.replace("${blob}", blob));
      }
    }
  }

  @AfterEach
  void stop() {
    se.close();
    se.db.close();
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(
        url, System.getProperty("se.db.user"), System.getProperty("se.db.password"));
  }

  @Test
  void tenThousandOldExecutionsGoWithAllTheirRowsWhileAJobRuns() throws Exception {
    long running;
    long southsLast;
    long recent;
    long held;
    Set<Long> kept = new TreeSet<>();
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      LibertyTables rows = new LibertyTables(c);
      for (int i = 0; i < OLD_RUNS; i++) {
        long instance = rows.instance(RESULTS, OLD, 5);
        rows.execution(instance, OLD, OLD.plusSeconds(60), 5, true);
        rows.ours(instance, RESULTS, "NORTH", OLD);
      }
      // Restarted last week: its old first execution stays with it.
      long restarted = rows.instance(RESULTS, OLD, 5);
      rows.execution(restarted, OLD, OLD.plusSeconds(60), 4, false);
      rows.execution(
          restarted, NOW.minus(Duration.ofDays(7)), NOW.minus(Duration.ofDays(7)), 5, false);
      kept.add(restarted);
      // The only run of its job; then the newest run for SOUTH (older ones for NORTH follow it).
      long onlyImport = rows.instance("bksb-import-learners", OLD, 5);
      rows.execution(onlyImport, OLD, OLD.plusSeconds(5), 5, false);
      kept.add(onlyImport);
      southsLast = rows.instance(RESULTS, OLD, 5);
      rows.execution(southsLast, OLD, OLD.plusSeconds(60), 5, false);
      rows.ours(southsLast, RESULTS, "SOUTH", OLD);
      kept.add(southsLast);
      // Held for approval since then.
      held = rows.instance("bksb-get-users", OLD, 5);
      rows.execution(held, OLD, OLD.plusSeconds(60), 5, false);
      rows.held(held, "PENDING");
      kept.add(held);
      long decided = rows.instance("bksb-get-users", OLD, 5);
      rows.execution(decided, OLD, OLD.plusSeconds(60), 5, false);
      rows.held(decided, "APPROVED");
      // Started long ago and still running; and a run from yesterday.
      running = rows.instance("bksb-nightly", OLD, 1);
      rows.execution(running, OLD, null, 1, true);
      kept.add(running);
      recent = rows.instance(RESULTS, NOW.minus(Duration.ofDays(1)), 5);
      rows.execution(recent, NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofDays(1)), 5, true);
      rows.ours(recent, RESULTS, "NORTH", NOW.minus(Duration.ofDays(1)));
      kept.add(recent);
      long newestUsers = rows.instance("bksb-get-users", NOW, 5);
      rows.execution(newestUsers, NOW, NOW, 5, false);
      kept.add(newestUsers);
      rows.flush();
      c.commit();
    }

    AtomicBoolean purging = new AtomicBoolean(true);
    CompletableFuture<Integer> writes =
        CompletableFuture.supplyAsync(() -> keepWritingSteps(running, purging));
    JobHistoryPurger.Purged purged;
    try {
      purged =
          JobHistoryPurge.purge(CDI.current().select(JobHistoryPurger.class).get(), CUTOFF, 50);
    } finally {
      purging.set(false);
    }
    assertTrue(writes.get() > 0, "the running job wrote its rows throughout, never refused");

    assertEquals(OLD_RUNS + 1, purged.instances(), "the old runs and the decided held change's");
    assertEquals(OLD_RUNS + 1, purged.executions());
    try (Connection c = connect()) {
      assertEquals(kept, ids(c, "select JOBINSTANCEID from WLPJOBINSTANCE"));
      assertEquals(kept, ids(c, "select distinct FK_JOBINSTANCEID from WLPJOBEXECUTION"));
      String execs = "(select JOBEXECID from WLPJOBEXECUTION)";
      for (String orphans :
          new String[] {
            "select count(*) from WLPSTEPTHREADEXECUTION where FK_JOBEXECID not in " + execs,
            "select count(*) from WLPJOBPARAMETER where FK_JOBEXECID not in " + execs,
            "select count(*) from WLPREMOTABLEPARTITION where FK_JOBEXECUTIONID not in " + execs,
            "select count(*) from WLPSTEPTHREADINSTANCE where FK_JOBINSTANCEID not in"
                + " (select JOBINSTANCEID from WLPJOBINSTANCE)"
          }) {
        assertEquals(0, count(c, orphans), orphans);
      }
      assertTrue(count(c, "select count(*) from WLPSTEPTHREADEXECUTION") > 0, "kept runs' steps");
      assertEquals(Set.of(southsLast, recent), ids(c, "select distinct instance_id from job_run"));
      assertEquals(
          Set.of(southsLast, recent), ids(c, "select distinct job_instance_id from job_counter"));
      assertEquals(
          Set.of(southsLast, recent),
          ids(c, "select distinct job_instance_id from import_skipped_row"));
      assertEquals(Set.of(held), ids(c, "select instance_id from held_change"));
    }

    JobHistoryPurger.Purged again =
        JobHistoryPurge.purge(CDI.current().select(JobHistoryPurger.class).get(), CUTOFF, 50);
    assertEquals(0, again.instances(), "nothing left to purge");
  }

  /** A running job's writes, a transaction each, until the purge ends: how many it made. */
  private int keepWritingSteps(long instance, AtomicBoolean purging) {
    int n = 0;
    try (Connection c = connect();
        PreparedStatement st =
            c.prepareStatement(
                "update WLPSTEPTHREADEXECUTION set M_COMMIT = M_COMMIT + 1 where FK_JOBEXECID in"
                    + " (select JOBEXECID from WLPJOBEXECUTION where FK_JOBINSTANCEID = ?)")) {
      c.setAutoCommit(false);
      do {
        st.setLong(1, instance);
        assertTrue(st.executeUpdate() > 0);
        c.commit();
        n++;
      } while (purging.get());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return n;
  }

  private static Set<Long> ids(Connection c, String sql) throws SQLException {
    Set<Long> out = new TreeSet<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getLong(1));
      }
    }
    return out;
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static Timestamp at(Instant i) {
    return i == null ? null : new Timestamp(i.toEpochMilli());
  }
}
