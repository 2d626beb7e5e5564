package org.bksbbridge.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A change a job held instead of applying it, because it was too large to be likely right (a bksb
 * listing that came back short during an outage would mark most users gone). It names what it would
 * change; approving applies it then ({@link HeldChangeKind}), discarding drops it.
 */
@Entity
@Table(
    name = "held_change",
    indexes = {
      @Index(name = "ix_held_change_execution", columnList = "execution_id"),
      @Index(name = "ix_held_change_status", columnList = "status,kind,account_id")
    })
@NamedQuery(name = "HeldChange.byId", query = "select h from HeldChange h where h.id = :id")
@NamedQuery(
    name = "HeldChange.ofExecution",
    query = "select h from HeldChange h where h.executionId = :e order by h.id")
@NamedQuery(
    name = "HeldChange.withStatus",
    query = "select h from HeldChange h where h.status = :s order by h.heldAt desc, h.id desc")
@NamedQuery(
    name = "HeldChange.supersede",
    query =
        "update HeldChange h set h.status = :to, h.decidedAt = :now, h.decidedBy = :by"
            + " where h.kind = :k and h.accountId = :a and h.status = :pending")
@NamedQuery(
    name = "HeldChange.decide",
    query =
        "update HeldChange h set h.status = :to, h.decidedAt = :now, h.decidedBy = :by"
            + " where h.id = :id and h.status = :pending")
@NamedQuery(
    name = "HeldChange.pendingInstances",
    query = "select distinct h.instanceId from HeldChange h where h.status = :pending")
@NamedQuery(
    name = "HeldChange.forget",
    query = "delete from HeldChange h where h.instanceId in :i and h.status <> :pending")
@NamedQuery(
    name = "HeldChange.applied",
    query = "update HeldChange h set h.applied = :n where h.id = :id")
public class HeldChange {
  /** Where a held change stands. */
  public enum Status {
    PENDING,
    APPROVED,
    DISCARDED,
    /** A later run of the same kind for the same account held or applied its own. */
    SUPERSEDED
  }

  static final int SAMPLE_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "heldChangeIds")
  @TableGenerator(name = "heldChangeIds", table = "id_sequence", allocationSize = 10)
  private Long id;

  @Column(name = "kind", length = 40, nullable = false)
  private String kind;

  @Column(name = "job_name", length = 128, nullable = false)
  private String jobName;

  @Column(name = "execution_id", nullable = false)
  private long executionId;

  @Column(name = "instance_id", nullable = false)
  private long instanceId;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  /** The account's centres when it was held, comma-separated: who sees it. */
  @Column(name = "centre_ids", length = 2000, nullable = false)
  private String centreIds;

  @Column(name = "affected", nullable = false)
  private int affected;

  @Column(name = "total", nullable = false)
  private int total;

  /** What the change applies to was decided before this instant (for users: last seen). */
  @Column(name = "cutoff", nullable = false)
  private Instant cutoff;

  @Column(name = "sample", length = SAMPLE_MAX)
  private String sample;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 20, nullable = false)
  private Status status;

  @Column(name = "held_at", nullable = false)
  private Instant heldAt;

  @Column(name = "decided_by", length = 256)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "applied")
  private Integer applied;

  protected HeldChange() {}

  /** A pending change of the run, in the account whose centres are listed. */
  public HeldChange(
      String kind,
      JobRef run,
      long accountId,
      List<String> centreIds,
      int affected,
      int total,
      Instant cutoff,
      List<String> sample,
      Instant heldAt) {
    this.kind = kind;
    this.jobName = run.jobName();
    this.executionId = run.executionId();
    this.instanceId = run.instanceId();
    this.accountId = accountId;
    this.centreIds = String.join(",", centreIds);
    this.affected = affected;
    this.total = total;
    this.cutoff = cutoff;
    this.sample = clip(String.join("; ", sample));
    this.status = Status.PENDING;
    this.heldAt = heldAt;
  }

  private static String clip(String s) {
    return s.length() <= SAMPLE_MAX ? s : s.substring(0, SAMPLE_MAX - 1) + "…";
  }

  /** Which run held a change: its job, execution and instance. */
  public record JobRef(String jobName, long executionId, long instanceId) {}

  public Long getId() {
    return id;
  }

  public String getKind() {
    return kind;
  }

  public String getJobName() {
    return jobName;
  }

  public long getExecutionId() {
    return executionId;
  }

  public long getAccountId() {
    return accountId;
  }

  public List<String> getCentreIds() {
    return centreIds.isEmpty() ? List.of() : Arrays.asList(centreIds.split(","));
  }

  public int getAffected() {
    return affected;
  }

  public int getTotal() {
    return total;
  }

  public Instant getCutoff() {
    return cutoff;
  }

  public String getSample() {
    return sample;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getHeldAt() {
    return heldAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public Integer getApplied() {
    return applied;
  }
}
