package org.bksbbridge.jobs;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Fails an execution in Liberty's own job repository (its WLP* tables, in our database) when the
 * server that ran it is gone: Liberty fails only its own server's executions, and only when that
 * server starts again, and refuses to restart an execution it still takes for running. Does what
 * Liberty's start-up recovery does (the execution, its instance and its running step threads
 * FAILED, with an end time) and, unlike it, keeps the reason as the exit status.
 */
@ApplicationScoped
public class LibertyJobRepository {
  /** jakarta.batch.runtime.BatchStatus and Liberty's InstanceState as the tables store them. */
  private static final String RUNNING = "(0, 1, 2)";

  private static final int FAILED = 4;
  private static final String[] STATUSES = {
    "STARTING", "STARTED", "STOPPING", "STOPPED", "FAILED", "COMPLETED", "ABANDONED"
  };

  @Resource(lookup = "jdbc/bksb")
  DataSource data;

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
        update(
            c,
            "update WLPSTEPTHREADEXECUTION set BATCHSTATUS = "
                + FAILED
                + ", EXITSTATUS = coalesce(EXITSTATUS, 'FAILED'), ENDTIME = ?"
                + " where FK_JOBEXECID = ? and BATCHSTATUS in "
                + RUNNING,
            at,
            executionId);
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

  private static void update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        if (params[i] instanceof Long l) {
          st.setLong(i + 1, l);
        } else if (params[i] instanceof Timestamp t) {
          st.setTimestamp(i + 1, t);
        } else {
          st.setString(i + 1, (String) params[i]);
        }
      }
      st.executeUpdate();
    }
  }
}
