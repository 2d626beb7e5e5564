package org.bksbbridge.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
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
 */
@Entity
@Table(
    name = "bksb_result",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_result_session",
            columnNames = {"session_id", "account_id"}),
    indexes = @Index(name = "ix_result_user", columnList = "account_id,bksb_user_id,completed_at"))
public class AssessmentResult {
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

  @Column(name = "raw_subject", length = 100)
  private String rawSubject;

  @Enumerated(EnumType.STRING)
  @Column(name = "level", length = 16, nullable = false)
  private Level level;

  @Column(name = "raw_result", length = 200)
  private String rawResult;

  @Column(name = "percent")
  private Integer percent;

  @Column(name = "assessment_name", length = 200)
  private String assessmentName;

  @Column(name = "assessment_id", length = 100)
  private String assessmentId;

  @Column(name = "course_name", length = 200)
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
        && Objects.equals(rawSubject, r.rawSubject())
        && Objects.equals(rawResult, r.rawResult())
        && Objects.equals(percent, r.percent())
        && Objects.equals(assessmentName, r.assessmentName())
        && Objects.equals(assessmentId, r.assessmentId())
        && Objects.equals(courseName, r.courseName())
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
    rawSubject = r.rawSubject();
    level = r.level();
    rawResult = r.rawResult();
    percent = r.percent();
    assessmentName = r.assessmentName();
    assessmentId = r.assessmentId();
    courseName = r.courseName();
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
