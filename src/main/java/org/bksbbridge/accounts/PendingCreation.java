package org.bksbbridge.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * A bksb account being created for a learner: committed before createUser is called, removed in the
 * transaction that links the new user. A row left behind means bksb may have made the user; the
 * next try looks its user name up before creating anything. One per learner, and one per email in a
 * bksb account (so two learners with one email never both get a user).
 */
@Entity
@Table(
    name = "bksb_pending_creation",
    uniqueConstraints = {
      @UniqueConstraint(name = "uk_pending_learner", columnNames = "learner_id"),
      @UniqueConstraint(
          name = "uk_pending_email",
          columnNames = {"account_id", "email_key"})
    })
public class PendingCreation {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "pendingIds")
  @TableGenerator(name = "pendingIds", table = "id_sequence", allocationSize = 10)
  private Long id;

  @Column(name = "centre_id", length = 32, nullable = false)
  private String centreId;

  @Column(name = "learner_id", nullable = false)
  private long learnerId;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "username", length = 200, nullable = false)
  private String username;

  /** The email sent to bksb, stripped and lower case; null in rows made before it was kept. */
  @Column(name = "email_key", length = 254)
  private String emailKey;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "started_by", length = 100)
  private String startedBy;

  protected PendingCreation() {}

  PendingCreation(
      String centreId,
      long learnerId,
      long accountId,
      String username,
      String emailKey,
      Instant startedAt,
      String startedBy) {
    this.centreId = centreId;
    this.learnerId = learnerId;
    this.accountId = accountId;
    this.username = username;
    this.emailKey = emailKey;
    this.startedAt = startedAt;
    this.startedBy = startedBy;
  }

  public long getLearnerId() {
    return learnerId;
  }

  public long getAccountId() {
    return accountId;
  }

  public String getUsername() {
    return username;
  }

  public Instant getStartedAt() {
    return startedAt;
  }
}
