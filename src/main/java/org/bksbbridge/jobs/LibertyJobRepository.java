package org.bksbbridge.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Liberty's own job repository (its WLP* tables, in our database), where Liberty falls short: it
 * fails only its own server's lost executions, at its next start, without a reason, and refuses to
 * restart one it takes for running (so: {@link #fail}, {@link #settleSteps}); and it keeps every
 * execution for ever (so: the purge).
 */
@ApplicationScoped
public class LibertyJobRepository {
  /** jakarta.batch.runtime.BatchStatus and Liberty's InstanceState as the tables store them. */
  private static final String RUNNING = "(0, 1, 2)";

  private static final int FAILED = 4;

  /** An execution's step and partition threads still running, failed (end time, execution). */
  private static final String STEPS_LEFT_RUNNING =
      "update WLPSTEPTHREADEXECUTION set BATCHSTATUS = "
          + FAILED
          + ", EXITSTATUS = coalesce(EXITSTATUS, 'FAILED'), ENDTIME = ?"
          + " where FK_JOBEXECID = ? and BATCHSTATUS in "
          + RUNNING;

  /**
   * The purge's condition on an instance {@code i}, with the cutoff twice: ended, and no execution
   * running or ended since. (A correlated "newer instance of the job" here made Derby join the
   * table with itself for every page: {@link #newestOfEachJob} is read once instead.)
   */
  private static final String PURGEABLE =
      " and i.BATCHSTATUS not in "
          + RUNNING
          + " and coalesce(i.UPDATETIME, i.CREATETIME) < ?"
          + " and not exists (select 1 from WLPJOBEXECUTION e"
          + " where e.FK_JOBINSTANCEID = i.JOBINSTANCEID and (e.BATCHSTATUS in "
          + RUNNING
          + " or coalesce(e.ENDTIME, e.UPDATETIME, e.CREATETIME) >= ?))";

  private static final String[] STATUSES = {
    "STARTING", "STARTED", "STOPPING", "STOPPED", "FAILED", "COMPLETED", "ABANDONED"
  };

  @Inject DataSource data;

  /** The job instances a purge deleted, and how many executions they had. */
  record Purged(List<Long> instances, long executions) {}

  /** An execution's status and exit status in Liberty's repository. */
  record State(String batchStatus, String exitStatus, Instant endedAt) {}

  /**
   * Fails the execution if Liberty still has it running, or gives a reason to one Liberty failed
   * itself at its start-up (exit status none or FAILED). Joins the caller's transaction. Returns
   * the execution's state after, or null when Liberty's repository does not hold it.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  State fail(long executionId, String reason, Instant now) {
    try (Connection c = data.getConnection()) {
      State before = read(c, executionId);
      if (before == null) {
        return null;
      }
      Timestamp at = new Timestamp(now.toEpochMilli());
      boolean running = JobHistory.RUNNING.contains(before.batchStatus());
      boolean failedWithoutReason =
          "FAILED".equals(before.batchStatus())
              && (before.exitStatus() == null || "FAILED".equals(before.exitStatus()));
      if (running) {
        update(c, STEPS_LEFT_RUNNING, at, executionId);
        update(
            c,
            "update WLPJOBINSTANCE set BATCHSTATUS = "
                + FAILED
                + ", INSTANCESTATE = "
                + FAILED
                + ", EXITSTATUS = ?, UPDATETIME = ? where JOBINSTANCEID ="
                + " (select FK_JOBINSTANCEID from WLPJOBEXECUTION where JOBEXECID = ?)",
            reason,
            at,
            executionId);
        update(
            c,
            "update WLPJOBEXECUTION set BATCHSTATUS = "
                + FAILED
                + ", EXITSTATUS = ?, ENDTIME = ?, UPDATETIME = ? where JOBEXECID = ?"
                + " and BATCHSTATUS in "
                + RUNNING,
            reason,
            at,
            at,
            executionId);
      } else if (failedWithoutReason) {
        update(
            c,
            "update WLPJOBINSTANCE set EXITSTATUS = ? where JOBINSTANCEID ="
                + " (select FK_JOBINSTANCEID from WLPJOBEXECUTION where JOBEXECID = ?)",
            reason,
            executionId);
        update(
            c,
            "update WLPJOBEXECUTION set EXITSTATUS = ? where JOBEXECID = ?",
            reason,
            executionId);
      }
      return read(c, executionId);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "could not fail execution " + executionId + " in the job repository", e);
    }
  }

  /**
   * Fails the step and partition threads an ended execution left in a running state: a partition
   * whose end could not be written while the database was away, which made Liberty refuse the
   * restart ("partition 0 is still in a non-final state"). Nothing runs them: the execution ended.
   * Returns how many were settled.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  int settleSteps(long executionId, Instant now) {
    try (Connection c = data.getConnection()) {
      return update(
          c,
          STEPS_LEFT_RUNNING
              + " and exists (select 1 from WLPJOBEXECUTION e where e.JOBEXECID = ?"
              + " and e.BATCHSTATUS not in "
              + RUNNING
              + ")",
          new Timestamp(now.toEpochMilli()),
          executionId,
          executionId);
    } catch (SQLException e) {
      throw new IllegalStateException("could not settle the steps of execution " + executionId, e);
    }
  }

  /** The newest instance of each job: the console and a restart still find it. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  Set<Long> newestOfEachJob() {
    try (Connection c = data.getConnection()) {
      return new HashSet<>(
          longs(c, "select max(JOBINSTANCEID) from WLPJOBINSTANCE group by JOBNAME", 0));
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the job repository's instances", e);
    }
  }

  /**
   * Up to {@code limit} job instances after {@code after} (by id) that the history purge may
   * delete: ended, and every execution ended before {@code cutoff}. Read in a transaction of its
   * own.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  List<Long> purgeable(Instant cutoff, long after, int limit) {
    Timestamp at = new Timestamp(cutoff.toEpochMilli());
    try (Connection c = data.getConnection()) {
      return longs(
          c,
          "select i.JOBINSTANCEID from WLPJOBINSTANCE i where i.JOBINSTANCEID > ?"
              + PURGEABLE
              + " order by i.JOBINSTANCEID",
          limit,
          after,
          at,
          at);
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the job repository's old instances", e);
    }
  }

  /**
   * Deletes these job instances with their executions, parameters and step and partition rows,
   * children first (Liberty's keys do not cascade), those of them still purgeable only (an instance
   * restarted since it was chosen stays). Joins the caller's transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  Purged purge(Collection<Long> instanceIds, Instant cutoff) {
    try (Connection c = data.getConnection()) {
      List<Long> chosen = stillPurgeable(c, instanceIds, cutoff);
      Object[] ids = chosen.toArray();
      if (ids.length == 0) {
        return new Purged(List.of(), 0);
      }
      String in = placeholders(ids.length);
      // The executions' ids as values, not a subquery: Derby scanned each table for that.
      Object[] execs = executionsOf(c, in, ids).toArray();
      String ofExecs = placeholders(execs.length);
      update(c, "delete from WLPSTEPTHREADINSTANCE where FK_JOBINSTANCEID in " + in, ids);
      if (execs.length > 0) {
        update(c, "delete from WLPREMOTABLEPARTITION where FK_JOBEXECUTIONID in " + ofExecs, execs);
        update(c, "delete from WLPJOBPARAMETER where FK_JOBEXECID in " + ofExecs, execs);
        // Partition threads name their top-level thread, which names itself: them first.
        update(
            c,
            "delete from WLPSTEPTHREADEXECUTION where FK_JOBEXECID in "
                + ofExecs
                + " and FK_TOPLVL_STEPEXECID <> STEPEXECID",
            execs);
        update(c, "delete from WLPSTEPTHREADEXECUTION where FK_JOBEXECID in " + ofExecs, execs);
      }
      update(c, "delete from WLPGROUPASSOCIATION where FK_JOBINSTANCEID in " + in, ids);
      update(c, "delete from WLPJOBEXECUTION where FK_JOBINSTANCEID in " + in, ids);
      update(c, "delete from WLPJOBINSTANCE where JOBINSTANCEID in " + in, ids);
      return new Purged(chosen, execs.length);
    } catch (SQLException e) {
      throw new IllegalStateException("could not purge old job instances " + instanceIds, e);
    }
  }

  private static List<Long> stillPurgeable(Connection c, Collection<Long> ids, Instant cutoff)
      throws SQLException {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Object> params = new ArrayList<>(ids);
    Timestamp at = new Timestamp(cutoff.toEpochMilli());
    params.add(at);
    params.add(at);
    String sql =
        "select i.JOBINSTANCEID from WLPJOBINSTANCE i where i.JOBINSTANCEID in "
            + placeholders(ids.size())
            + PURGEABLE;
    return longs(c, sql, 0, params.toArray());
  }

  private static List<Long> executionsOf(Connection c, String in, Object[] instances)
      throws SQLException {
    return longs(
        c, "select JOBEXECID from WLPJOBEXECUTION where FK_JOBINSTANCEID in " + in, 0, instances);
  }

  /** The first column of a query's rows (at most {@code maxRows}; 0: all). */
  private static List<Long> longs(Connection c, String sql, int maxRows, Object... params)
      throws SQLException {
    List<Long> out = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(sql)) {
      st.setMaxRows(maxRows);
      bind(st, params);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
    }
    return out;
  }

  private static String placeholders(int n) {
    return "(" + String.join(",", Collections.nCopies(n, "?")) + ")";
  }

  private static State read(Connection c, long executionId) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "select BATCHSTATUS, EXITSTATUS, ENDTIME from WLPJOBEXECUTION where JOBEXECID = ?")) {
      st.setLong(1, executionId);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        int status = rs.getInt(1);
        Timestamp end = rs.getTimestamp(3);
        return new State(
            status >= 0 && status < STATUSES.length ? STATUSES[status] : "UNKNOWN",
            rs.getString(2),
            end == null ? null : end.toInstant());
      }
    }
  }

  private static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      bind(st, params);
      return st.executeUpdate();
    }
  }

  private static void bind(PreparedStatement st, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      st.setObject(i + 1, params[i]);
    }
  }
}
