package org.bksbbridge.bksb;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import org.bksbbridge.persistence.Columns;

/**
 * One recorded bksb call attempt (see {@link BksbCall}); never holds a credential. The indexes
 * serve the call log's list, newest first within a centre, alone or filtered by execution, endpoint
 * or status, and the retention sweep, which deletes by age across centres.
 */
@Entity
@Table(
    name = "bksb_call_log",
    indexes = {
      // Descending: Derby cannot read an index backwards, and the list is newest first. Each
      // filter has an index that also gives the order, so a page never sorts a centre's calls.
      @Index(name = "ix_bksb_call_centre_new", columnList = "centre_id,called_at DESC,id DESC"),
      @Index(
          name = "ix_bksb_call_execution",
          columnList = "centre_id,execution_id,called_at DESC,id DESC"),
      @Index(
          name = "ix_bksb_call_endpoint",
          columnList = "centre_id,endpoint,called_at DESC,id DESC"),
      @Index(name = "ix_bksb_call_ok", columnList = "centre_id,ok,called_at DESC,id DESC"),
      @Index(name = "ix_bksb_call_status", columnList = "centre_id,status,called_at DESC,id DESC"),
      @Index(name = "ix_bksb_call_at", columnList = "called_at")
    })
public class CallLogEntry {
  static final int ENDPOINT_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "callLogIds")
  @TableGenerator(name = "callLogIds", table = "id_sequence", allocationSize = 100)
  private Long id;

  @Column(name = "called_at", nullable = false)
  private Instant calledAt;

  @Column(name = "centre_id", length = 32)
  private String centreId;

  /** Null: a call outside a job. */
  @Column(name = "execution_id")
  private Long executionId;

  @Column(name = "method", length = 8, nullable = false)
  private String method;

  @Column(name = "path", length = 1000, nullable = false)
  private String path;

  /** Null only in rows recorded before endpoints were kept. */
  @Column(name = "endpoint", length = ENDPOINT_MAX)
  private String endpoint;

  @Column(name = "status", nullable = false)
  private int status;

  /** A 2xx answer: kept apart from status so that "failed" is one index range, in time order. */
  @Column(name = "ok")
  private Boolean ok;

  @Column(name = "duration_ms", nullable = false)
  private long durationMillis;

  @Column(name = "attempt", nullable = false)
  private int attempt;

  @Column(name = "error", length = 500)
  private String error;

  protected CallLogEntry() {}

  CallLogEntry(BksbCall c) {
    calledAt = c.at();
    centreId = c.centreId();
    executionId = c.executionId();
    method = c.method();
    path = Columns.clip(c.path(), 1000);
    endpoint = Columns.clip(c.endpoint(), ENDPOINT_MAX);
    status = c.status();
    ok = c.ok();
    durationMillis = c.durationMillis();
    attempt = c.attempt();
    error = Columns.clip(c.error(), 500);
  }

  public BksbCall toCall() {
    return new BksbCall(
        calledAt, centreId, executionId, method, path, status, durationMillis, attempt, error);
  }
}
