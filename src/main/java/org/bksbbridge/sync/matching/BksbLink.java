package org.bksbbridge.sync.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * A learner's link to a bksb user. One per learner, and a bksb user is linked to at most one
 * learner of a centre: the database enforces both.
 */
@Entity
@Table(
    name = "bksb_link",
    uniqueConstraints = {
      @UniqueConstraint(name = "uk_link_learner", columnNames = "learner_id"),
      @UniqueConstraint(
          name = "uk_link_user_centre",
          columnNames = {"bksb_user_id", "account_id", "centre_id"})
    })
public class BksbLink {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "linkIds")
  @TableGenerator(name = "linkIds", table = "id_sequence", allocationSize = 500)
  private Long id;

  @Column(name = "centre_id", length = 32, nullable = false)
  private String centreId;

  @Column(name = "learner_id", nullable = false)
  private long learnerId;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "bksb_user_id", nullable = false)
  private long bksbUserId;

  @Column(name = "bksb_username", length = 200)
  private String bksbUsername;

  @Enumerated(EnumType.STRING)
  @Column(name = "method", length = 16, nullable = false)
  private MatchMethod method;

  @Column(name = "matched_at", nullable = false)
  private Instant matchedAt;

  @Column(name = "matched_by", length = 100)
  private String matchedBy;

  /** The last download of the learner's results (set by bulk update in the results sync). */
  @Column(name = "results_checked_at")
  private Instant resultsCheckedAt;

  protected BksbLink() {}

  public BksbLink(
      String centreId,
      long learnerId,
      long accountId,
      long bksbUserId,
      String bksbUsername,
      MatchMethod method,
      Instant matchedAt,
      String matchedBy) {
    this.centreId = centreId;
    this.learnerId = learnerId;
    this.accountId = accountId;
    this.bksbUserId = bksbUserId;
    this.bksbUsername = bksbUsername;
    this.method = method;
    this.matchedAt = matchedAt;
    this.matchedBy = matchedBy;
  }

  public long getLearnerId() {
    return learnerId;
  }

  public long getAccountId() {
    return accountId;
  }

  public long getBksbUserId() {
    return bksbUserId;
  }

  public String getBksbUsername() {
    return bksbUsername;
  }

  public MatchMethod getMethod() {
    return method;
  }

  public Instant getMatchedAt() {
    return matchedAt;
  }

  public Instant getResultsCheckedAt() {
    return resultsCheckedAt;
  }
}
