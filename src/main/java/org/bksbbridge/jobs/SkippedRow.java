package org.bksbbridge.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.UniqueConstraint;
import org.bksbbridge.persistence.Columns;

/**
 * A row an import skipped, kept per job instance (not execution) so that a restarted import's skips
 * are listed together and a row skipped twice is recorded once.
 */
@Entity
@Table(
    name = "import_skipped_row",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_skipped_instance_row",
            columnNames = {"job_instance_id", "row_no"}))
public class SkippedRow {
  static final int REASON_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "skippedRowIds")
  @TableGenerator(name = "skippedRowIds", table = "id_sequence", allocationSize = 100)
  private Long id;

  @Column(name = "job_instance_id", nullable = false)
  private long jobInstanceId;

  @Column(name = "row_no", nullable = false)
  private long rowNumber;

  /** For a failed unit: the execution it failed in (a restart that fails it again moves it). */
  @Column(name = "execution_id")
  private Long executionId;

  @Column(name = "reference", length = 100)
  private String reference;

  @Column(name = "reason", length = REASON_MAX, nullable = false)
  private String reason;

  protected SkippedRow() {}

  SkippedRow(long jobInstanceId, long rowNumber) {
    this.jobInstanceId = jobInstanceId;
    this.rowNumber = rowNumber;
  }

  void describe(String reference, String reason) {
    this.reference = Columns.clip(reference, 100);
    this.reason = Columns.clip(reason, REASON_MAX);
  }

  void failedIn(long executionId) {
    this.executionId = executionId;
  }

  public long getRowNumber() {
    return rowNumber;
  }

  public String getReference() {
    return reference;
  }

  public String getReason() {
    return reason;
  }
}
