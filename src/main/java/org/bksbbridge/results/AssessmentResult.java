package org.bksbbridge.results;

import static org.bksbbridge.persistence.Columns.clip;

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
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import org.bksbbridge.bksb.BksbResult;
import org.bksbbridge.bksb.Level;
import org.bksbbridge.bksb.ResultType;
import org.bksbbridge.bksb.Subject;

/**
 * One finished bksb assessment session. The natural key is (account, session id): a session id is
 * bksb's own and unique within an account, so re-imports update the row, never add one.
 *
 * <p>Its queries, and its topics' ({@link ResultTopic}), are named on the entities and run by
 * {@link AssessmentResultRepository} alone.
 */
@Entity
@NamedQuery(
    name = "AssessmentResult.ofUser",
    query =
        "select r from AssessmentResult r where r.accountId = :a and r.bksbUserId = :u"
            + " order by r.completedAt desc, r.sessionId desc")
@NamedQuery(
    name = "AssessmentResult.heldForUser",
    query = "select r from AssessmentResult r where r.accountId = :a and r.bksbUserId = :u")
@NamedQuery(
    name = "AssessmentResult.bySessions",
    query = "select r from AssessmentResult r where r.sessionId in :s and r.accountId = :a")
@NamedQuery(
    name = "AssessmentResult.countImportedSinceInCentre",
    query =
        "select count(r) from AssessmentResult r where r.firstImported >= :since and exists"
            + " (select k.id from BksbLink k where k.centreId = :c"
            + " and k.bksbUserId = r.bksbUserId and k.accountId = r.accountId)")
@Table(
    name = "bksb_result",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_result_session",
            columnNames = {"session_id", "account_id"}),
    indexes = {
      @Index(name = "ix_result_user", columnList = "account_id,bksb_user_id,completed_at"),
      // The overview counts the results imported lately (ResultCounts): a range on this index.
      @Index(name = "ix_result_imported", columnList = "first_imported")
    })
public class AssessmentResult {
  /** Column widths; longer text from bksb is cut to fit rather than failing the whole chunk. */
  private static final int SHORT = 100;

  private static final int LONG = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "resultIds")
  @TableGenerator(name = "resultIds", table = "id_sequence", allocationSize = 500)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "session_id", nullable = false)
  private long sessionId;

  @Column(name = "bksb_user_id", nullable = false)
  private long bksbUserId;

  @Enumerated(EnumType.STRING)
  @Column(name = "type", length = 16, nullable = false)
  private ResultType type;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject", length = 16, nullable = false)
  private Subject subject;

  @Column(name = "raw_subject", length = SHORT)
  private String rawSubject;

  @Enumerated(EnumType.STRING)
  @Column(name = "level", length = 16, nullable = false)
  private Level level;

  @Column(name = "raw_result", length = LONG)
  private String rawResult;

  @Column(name = "percent")
  private Integer percent;

  @Column(name = "assessment_name", length = LONG)
  private String assessmentName;

  @Column(name = "assessment_id", length = SHORT)
  private String assessmentId;

  @Column(name = "course_name", length = LONG)
  private String courseName;

  @Column(name = "completed_at", nullable = false)
  private LocalDateTime completedAt;

  @Column(name = "first_imported", nullable = false)
  private Instant firstImported;

  @Column(name = "last_updated", nullable = false)
  private Instant lastUpdated;

  protected AssessmentResult() {}

  public AssessmentResult(long accountId, long bksbUserId, BksbResult r, Instant now) {
    this.accountId = accountId;
    this.sessionId = r.sessionId();
    this.bksbUserId = bksbUserId;
    this.firstImported = now;
    copy(r, now);
  }

  /** Whether bksb still says what this row holds. */
  public boolean sameAs(BksbResult r) {
    return type == r.type()
        && subject == r.subject()
        && level == r.level()
        && Objects.equals(rawSubject, clip(r.rawSubject(), SHORT))
        && Objects.equals(rawResult, clip(r.rawResult(), LONG))
        && Objects.equals(percent, r.percent())
        && Objects.equals(assessmentName, clip(r.assessmentName(), LONG))
        && Objects.equals(assessmentId, clip(r.assessmentId(), SHORT))
        && Objects.equals(courseName, clip(r.courseName(), LONG))
        && Objects.equals(completedAt, r.completedAt());
  }

  /** Takes bksb's current version; returns whether anything changed. */
  public boolean update(BksbResult r, Instant now) {
    if (sameAs(r)) {
      return false;
    }
    copy(r, now);
    return true;
  }

  private void copy(BksbResult r, Instant now) {
    type = r.type();
    subject = r.subject();
    rawSubject = clip(r.rawSubject(), SHORT);
    level = r.level();
    rawResult = clip(r.rawResult(), LONG);
    percent = r.percent();
    assessmentName = clip(r.assessmentName(), LONG);
    assessmentId = clip(r.assessmentId(), SHORT);
    courseName = clip(r.courseName(), LONG);
    completedAt = r.completedAt();
    lastUpdated = now;
  }

  public Long getId() {
    return id;
  }

  public long getAccountId() {
    return accountId;
  }

  public long getSessionId() {
    return sessionId;
  }

  public long getBksbUserId() {
    return bksbUserId;
  }

  public ResultType getType() {
    return type;
  }

  public Subject getSubject() {
    return subject;
  }

  public String getRawSubject() {
    return rawSubject;
  }

  public Level getLevel() {
    return level;
  }

  public String getRawResult() {
    return rawResult;
  }

  public Integer getPercent() {
    return percent;
  }

  public String getAssessmentName() {
    return assessmentName;
  }

  public String getAssessmentId() {
    return assessmentId;
  }

  public String getCourseName() {
    return courseName;
  }

  public LocalDateTime getCompletedAt() {
    return completedAt;
  }

  public Instant getFirstImported() {
    return firstImported;
  }

  public Instant getLastUpdated() {
    return lastUpdated;
  }
}
