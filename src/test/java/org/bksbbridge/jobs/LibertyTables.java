package org.bksbbridge.jobs;

import static org.bksbbridge.jobs.JobHistoryPurgeTest.at;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Liberty's job repository tables as Liberty 26.0.0.3 makes them in Derby (dblook of a test
 * server's database: its keys and indexes, identity defaults left out as rows here bring their
 * ids), and rows in them and in our job tables written in batches, parents first.
 */
final class LibertyTables {
  static final String[] DDL = {
    "CREATE TABLE WLPJOBINSTANCE (JOBINSTANCEID BIGINT NOT NULL PRIMARY KEY, AMCNAME VARCHAR(512),"
        + " BATCHSTATUS INTEGER NOT NULL, CREATETIME TIMESTAMP NOT NULL, EXITSTATUS VARCHAR(512),"
        + " INSTANCESTATE INTEGER NOT NULL, JOBNAME VARCHAR(256), JOBXMLNAME VARCHAR(128),"
        + " JOBXML ${blob}, NUMEXECS INTEGER NOT NULL, RESTARTON VARCHAR(128),"
        + " SUBMITTER VARCHAR(256), UPDATETIME TIMESTAMP)",
    "CREATE TABLE WLPJOBEXECUTION (JOBEXECID BIGINT NOT NULL PRIMARY KEY,"
        + " BATCHSTATUS INTEGER NOT NULL, CREATETIME TIMESTAMP NOT NULL, ENDTIME TIMESTAMP,"
        + " EXECNUM INTEGER NOT NULL, EXITSTATUS VARCHAR(512), JOBPARAMETERS ${blob},"
        + " UPDATETIME TIMESTAMP, LOGPATH VARCHAR(512), RESTURL VARCHAR(512),"
        + " SERVERID VARCHAR(256), STARTTIME TIMESTAMP, FK_JOBINSTANCEID BIGINT NOT NULL"
        + " REFERENCES WLPJOBINSTANCE (JOBINSTANCEID))",
    "CREATE TABLE WLPSTEPTHREADEXECUTION (STEPEXECID BIGINT NOT NULL PRIMARY KEY,"
        + " THREADTYPE VARCHAR(31), BATCHSTATUS INTEGER NOT NULL, M_COMMIT BIGINT NOT NULL,"
        + " ENDTIME TIMESTAMP, EXITSTATUS VARCHAR(512), M_FILTER BIGINT NOT NULL,"
        + " INTERNALSTATUS INTEGER NOT NULL, PARTNUM INTEGER NOT NULL, USERDATA ${blob},"
        + " M_PROCESSSKIP BIGINT NOT NULL, M_READ BIGINT NOT NULL, M_READSKIP BIGINT NOT NULL,"
        + " M_ROLLBACK BIGINT NOT NULL, STARTTIME TIMESTAMP, STEPNAME VARCHAR(128) NOT NULL,"
        + " M_WRITE BIGINT NOT NULL, M_WRITESKIP BIGINT NOT NULL, FK_JOBEXECID BIGINT NOT NULL"
        + " REFERENCES WLPJOBEXECUTION (JOBEXECID), FK_TOPLVL_STEPEXECID BIGINT"
        + " REFERENCES WLPSTEPTHREADEXECUTION (STEPEXECID), ISPARTITIONEDSTEP SMALLINT DEFAULT 0,"
        + " UNIQUE (FK_JOBEXECID, STEPNAME, PARTNUM))",
    "CREATE TABLE WLPSTEPTHREADINSTANCE (PARTNUM INTEGER NOT NULL, STEPNAME VARCHAR(128) NOT NULL,"
        + " THREADTYPE VARCHAR(31), CHECKPOINTDATA ${blob}, FK_JOBINSTANCEID BIGINT NOT NULL"
        + " REFERENCES WLPJOBINSTANCE (JOBINSTANCEID), FK_LATEST_STEPEXECID BIGINT NOT NULL"
        + " REFERENCES WLPSTEPTHREADEXECUTION (STEPEXECID), PARTITIONED SMALLINT DEFAULT 0,"
        + " PARTITIONPLANSIZE INTEGER, STARTCOUNT INTEGER,"
        + " PRIMARY KEY (PARTNUM, STEPNAME, FK_JOBINSTANCEID))",
    "CREATE TABLE WLPJOBPARAMETER (NAME VARCHAR(255), VALUE VARCHAR(255), FK_JOBEXECID BIGINT"
        + " REFERENCES WLPJOBEXECUTION (JOBEXECID))",
    "CREATE TABLE WLPREMOTABLEPARTITION (PARTNUM INTEGER NOT NULL, STEPNAME VARCHAR(255) NOT NULL,"
        + " INTERNALSTATE INTEGER, LASTUPDATED TIMESTAMP, LOGPATH VARCHAR(512),"
        + " RESTURL VARCHAR(512), SERVERID VARCHAR(256), FK_JOBEXECUTIONID BIGINT NOT NULL"
        + " REFERENCES WLPJOBEXECUTION (JOBEXECID), FK_STEPEXECUTIONID BIGINT"
        + " REFERENCES WLPSTEPTHREADEXECUTION (STEPEXECID),"
        + " PRIMARY KEY (PARTNUM, STEPNAME, FK_JOBEXECUTIONID))",
    "CREATE TABLE WLPGROUPASSOCIATION (FK_JOBINSTANCEID BIGINT"
        + " REFERENCES WLPJOBINSTANCE (JOBINSTANCEID), GROUPNAMES VARCHAR(255))",
    "CREATE INDEX WLPJE_FKINSTANCEID_IX ON WLPJOBEXECUTION (FK_JOBINSTANCEID)",
    "CREATE INDEX WLPSTE_FKJOBEXECID_IX ON WLPSTEPTHREADEXECUTION (FK_JOBEXECID)",
    "CREATE INDEX WLPJP_FKJOBEXECID_IX ON WLPJOBPARAMETER (FK_JOBEXECID)",
    "CREATE INDEX WLPSTI_FKLATEST_SEI_IX ON WLPSTEPTHREADINSTANCE (FK_LATEST_STEPEXECID)",
    "CREATE INDEX WLPSTI_FKINSTANCEID_IX ON WLPSTEPTHREADINSTANCE (FK_JOBINSTANCEID)",
    "CREATE INDEX WLPSTE_FKTLSTEPEID_IX ON WLPSTEPTHREADEXECUTION (FK_TOPLVL_STEPEXECID)",
    "CREATE INDEX WLPGA_FKINSTANCEID_IX ON WLPGROUPASSOCIATION (FK_JOBINSTANCEID)"
  };

  private final Connection c;

  /** Statements by table, in the order their batches run: parents before children. */
  private final Map<String, PreparedStatement> batches = new LinkedHashMap<>();

  private final Set<Long> withSteps = new HashSet<>();
  private long instanceIds;
  private long executionIds;
  private long stepIds;
  private long ourIds = 1_000_000;
  private final Map<Long, Long> lastExecution = new java.util.HashMap<>();
  private int pending;

  LibertyTables(Connection c) throws SQLException {
    this.c = c;
    prepare(
        "i",
        "insert into WLPJOBINSTANCE (JOBINSTANCEID, BATCHSTATUS, CREATETIME, INSTANCESTATE,"
            + " JOBNAME, NUMEXECS, UPDATETIME) values (?, ?, ?, ?, ?, 1, ?)");
    prepare(
        "e",
        "insert into WLPJOBEXECUTION (JOBEXECID, BATCHSTATUS, CREATETIME, ENDTIME, EXECNUM,"
            + " UPDATETIME, STARTTIME, FK_JOBINSTANCEID) values (?, ?, ?, ?, 1, ?, ?, ?)");
    prepare(
        "s",
        "insert into WLPSTEPTHREADEXECUTION (STEPEXECID, THREADTYPE, BATCHSTATUS, M_COMMIT,"
            + " M_FILTER, INTERNALSTATUS, PARTNUM, M_PROCESSSKIP, M_READ, M_READSKIP, M_ROLLBACK,"
            + " STEPNAME, M_WRITE, M_WRITESKIP, FK_JOBEXECID, FK_TOPLVL_STEPEXECID, ISPARTITIONEDSTEP)"
            + " values (?, ?, ?, 0, 0, 0, ?, 0, 0, 0, 0, ?, 0, 0, ?, ?, ?)");
    prepare(
        "t",
        "insert into WLPSTEPTHREADINSTANCE (PARTNUM, STEPNAME, THREADTYPE, FK_JOBINSTANCEID,"
            + " FK_LATEST_STEPEXECID) values (?, ?, ?, ?, ?)");
    prepare("p", "insert into WLPJOBPARAMETER (NAME, VALUE, FK_JOBEXECID) values (?, ?, ?)");
    prepare(
        "r",
        "insert into WLPREMOTABLEPARTITION (PARTNUM, STEPNAME, FK_JOBEXECUTIONID,"
            + " FK_STEPEXECUTIONID) values (?, ?, ?, ?)");
    prepare("g", "insert into WLPGROUPASSOCIATION (FK_JOBINSTANCEID, GROUPNAMES) values (?, ?)");
    prepare(
        "run",
        "insert into job_run (execution_id, batch_status, centre_id, ended_at,"
            + " instance_id, job_name, started_at) values (?, 'COMPLETED', ?, ?, ?, ?, ?)");
    prepare(
        "counter",
        "insert into job_counter (ID, counter_value, job_instance_id, name,"
            + " partition_no) values (?, 3, ?, 'linked', -1)");
    prepare(
        "skipped",
        "insert into import_skipped_row (ID, job_instance_id, reason, row_no,"
            + " execution_id) values (?, ?, 'bad date of birth', 7, ?)");
    prepare(
        "held",
        "insert into held_change (id, kind, job_name, execution_id, instance_id,"
            + " account_id, centre_ids, affected, total, cutoff, status, held_at)"
            + " values (?, 'USERS_GONE', 'bksb-get-users', ?, ?, 1, 'NORTH', 270, 300, ?, ?, ?)");
  }

  private void prepare(String key, String sql) throws SQLException {
    batches.put(key, c.prepareStatement(sql));
  }

  private PreparedStatement add(String key, Object... values) throws SQLException {
    PreparedStatement st = batches.get(key);
    for (int i = 0; i < values.length; i++) {
      st.setObject(i + 1, values[i]);
    }
    st.addBatch();
    return st;
  }

  long instance(String job, Instant created, int status) throws SQLException {
    long id = ++instanceIds;
    add("i", id, status, at(created), status == 1 ? 3 : 6, job, at(created));
    add("g", id, "bksb");
    return id;
  }

  /** An execution with a step, and a partitioned step of two partitions if asked. */
  void execution(long instance, Instant started, Instant ended, int status, boolean partitioned)
      throws SQLException {
    long id = ++executionIds;
    lastExecution.put(instance, id);
    add(
        "e",
        id,
        status,
        at(started),
        at(ended),
        at(ended == null ? started : ended),
        at(started),
        instance);
    add("p", "centreId", "NORTH", id);
    add("p", "pageSize", "500", id);
    long step = ++stepIds;
    add("s", step, "T", status, -1, "users", id, step, 0);
    boolean first = withSteps.add(instance);
    if (first) {
      add("t", -1, "users", "T", instance, step);
    }
    if (partitioned) {
      long top = ++stepIds;
      add("s", top, "T", status, -1, "results", id, top, 1);
      if (first) {
        add("t", -1, "results", "T", instance, top);
      }
      for (int part = 0; part < 2; part++) {
        long p = ++stepIds;
        add("s", p, "P", status, part, "results", id, top, 0);
        add("r", part, "results", id, p);
        if (first) {
          add("t", part, "results", "P", instance, p);
        }
      }
    }
    if (++pending >= 500) {
      flush();
    }
  }

  /** Our rows of the instance's last execution: its run, a counter and a skipped row. */
  void ours(long instance, String job, String centre, Instant at) throws SQLException {
    long execution = lastExecution.get(instance);
    add("run", execution, centre, at(at.plusSeconds(60)), instance, job, at(at));
    add("counter", ++ourIds, instance);
    add("skipped", ++ourIds, instance, execution);
  }

  void held(long instance, String status) throws SQLException {
    Instant t = Instant.parse("2026-08-01T03:00:00Z");
    add("held", ++ourIds, lastExecution.get(instance), instance, at(t), status, at(t));
  }

  void flush() throws SQLException {
    for (PreparedStatement st : batches.values()) {
      st.executeBatch();
    }
    pending = 0;
  }
}
