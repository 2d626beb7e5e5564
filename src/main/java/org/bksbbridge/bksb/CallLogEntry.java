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

/** One recorded bksb call attempt (see {@link BksbCall}); never holds a credential. */
@Entity
@Table(
    name = "bksb_call_log",
    indexes = @Index(name = "ix_bksb_call_centre_at", columnList = "centre_id,called_at"))
public class CallLogEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "callLogIds")
  @TableGenerator(name = "callLogIds", table = "id_sequence", allocationSize = 100)
  private Long id;

  @Column(name = "called_at", nullable = false)
  private Instant calledAt;

  @Column(name = "centre_id", length = 32)
  private String centreId;

  @Column(name = "method", length = 8, nullable = false)
  private String method;

  @Column(name = "path", length = 1000, nullable = false)
  private String path;

  @Column(name = "status", nullable = false)
  private int status;

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
    method = c.method();
    path = Columns.clip(c.path(), 1000);
    status = c.status();
    durationMillis = c.durationMillis();
    attempt = c.attempt();
    error = Columns.clip(c.error(), 500);
  }

  public BksbCall toCall() {
    return new BksbCall(calledAt, centreId, method, path, status, durationMillis, attempt, error);
  }
}
