package org.bksbbridge.link;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * A learner's link to a bksb user. One per learner, and a bksb user is linked to at most one
 * learner of a centre: the database enforces both.
 *
 * <p>Its queries are named here and run by {@link BksbLinkRepository} alone.
 */
@Entity
@NamedQuery(name = "BksbLink.byLearner", query = "select k from BksbLink k where k.learnerId = :l")
@NamedQuery(
    name = "BksbLink.userOfLearner",
    query = "select k.accountId, k.bksbUserId from BksbLink k where k.learnerId = :l")
@NamedQuery(
    name = "BksbLink.summaries",
    query =
        "select k.learnerId, k.bksbUserId, k.bksbUsername, k.method, k.matchedAt,"
            + " k.resultsCheckedAt from BksbLink k where k.learnerId in :ids")
// Rows of results, but kept with the link: learners read them, and results depend on learners.
@NamedQuery(
    name = "BksbLink.latestInitialLevels",
    query =
        "select k.learnerId, r.subject, r.rawSubject, r.level, r.completedAt"
            + " from BksbLink k, AssessmentResult r"
            + " where k.learnerId in :ids and r.accountId = k.accountId"
            + " and r.bksbUserId = k.bksbUserId and r.type = :t"
            + " order by k.learnerId, r.completedAt desc, r.sessionId desc")
@NamedQuery(
    name = "BksbLink.linkedTo",
    query = "select k.id from BksbLink k where k.learnerId = :l and k.bksbUserId = :u")
@NamedQuery(
    name = "BksbLink.deleteByLearner",
    query = "delete from BksbLink k where k.learnerId = :l")
@NamedQuery(
    name = "BksbLink.linkedInCentre",
    query =
        "select k.id from BksbLink k where k.bksbUserId = :u and k.accountId = :a"
            + " and k.centreId = :c")
@NamedQuery(
    name = "BksbLink.linkedUsers",
    query =
        "select k.bksbUserId from BksbLink k where k.bksbUserId in :u"
            + " and k.accountId = :a and k.centreId = :c")
@NamedQuery(
    name = "BksbLink.ownersInCentre",
    query =
        "select k.bksbUserId, l.reference from BksbLink k, Learner l"
            + " where k.bksbUserId in :ids and k.accountId = :a and k.centreId = :c"
            + " and l.id = k.learnerId")
@NamedQuery(
    name = "BksbLink.stampResultsChecked",
    query = "update BksbLink k set k.resultsCheckedAt = :now where k.learnerId in :ids")
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

  public String getCentreId() {
    return centreId;
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
