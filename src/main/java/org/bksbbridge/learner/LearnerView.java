package org.bksbbridge.learner;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A learner as the API and the pages show it, with the eligibility rule already applied. */
public record LearnerView(
    String centreId,
    String reference,
    LearnerKind kind,
    String firstName,
    String lastName,
    String email,
    boolean emailVerified,
    String webUsername,
    LocalDate dateOfBirth,
    SystemStatus systemStatus,
    LocalDate startDate,
    LocalDate endDate,
    boolean bksbUser,
    String bksbUsername,
    boolean eligible,
    Instant updatedAt,
    Bksb bksb,
    Map<String, LatestLevel> latestLevels,
    List<String> tags) {

  /**
   * The learner's bksb link (in listings too); resultsCheckedAt is the last download of the
   * learner's results.
   */
  @Schema(name = "LearnerBksb")
  public record Bksb(
      boolean linked,
      Long bksbUserId,
      String bksbUsername,
      String matchMethod,
      Instant matchedAt,
      Instant resultsCheckedAt) {
    public static final Bksb NONE = new Bksb(false, null, null, null, null, null);
  }

  /**
   * The level of the latest initial assessment in a subject (ENGLISH, MATHS, ICT, or bksb's own
   * subject for others), by completion.
   */
  public record LatestLevel(String level, String levelLabel, LocalDateTime completedAt) {}

  /** As archiving answers it: without the link, the levels or the tags. */
  static LearnerView of(Learner l, LocalDate today) {
    return of(l, today, null, null, null);
  }

  /**
   * With the bksb link and the latest levels, and the tags for a single learner (listings leave
   * them null). The components above spell the fields out because they are the API's JSON, in its
   * order; this is the one place they are taken from {@link LearnerFields}.
   */
  static LearnerView of(
      Learner l,
      LocalDate today,
      Bksb link,
      Map<String, LatestLevel> levels,
      List<String> learnerTags) {
    LearnerFields f = l.fields();
    return new LearnerView(
        l.getCentreId(),
        l.getReference(),
        f.kind(),
        f.firstName(),
        f.lastName(),
        f.email(),
        f.emailVerified(),
        f.webUsername(),
        f.dateOfBirth(),
        f.systemStatus(),
        f.startDate(),
        f.endDate(),
        f.bksbUser(),
        f.bksbUsername(),
        f.eligibleOn(today),
        l.getUpdatedAt(),
        link,
        levels,
        learnerTags);
  }
}
