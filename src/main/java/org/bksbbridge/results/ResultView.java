package org.bksbbridge.results;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A result as the API shows it. level is our mapping (UNKNOWN when no rule knew the string); result
 * is always bksb's own string. completedAt is bksb's local time, without a zone.
 */
public record ResultView(
    long sessionId,
    String type,
    String subject,
    String level,
    String levelLabel,
    String result,
    Integer percent,
    String assessmentName,
    String assessmentId,
    String courseName,
    LocalDateTime completedAt,
    Instant firstImported,
    Instant lastUpdated,
    List<Topic> topics) {

  @Schema(name = "ResultTopic")
  public record Topic(String topic, String status, Integer score, Integer outOf) {}

  static ResultView of(AssessmentResult r, List<Topic> topics) {
    return new ResultView(
        r.getSessionId(),
        r.getType().name(),
        r.getSubject() == org.bksbbridge.bksb.Subject.OTHER
            ? r.getRawSubject()
            : r.getSubject().name(),
        r.getLevel().name(),
        r.getLevel().label(),
        r.getRawResult(),
        r.getPercent(),
        r.getAssessmentName(),
        r.getAssessmentId(),
        r.getCourseName(),
        r.getCompletedAt(),
        r.getFirstImported(),
        r.getLastUpdated(),
        topics);
  }
}
