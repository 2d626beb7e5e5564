package org.bksbbridge.learner;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

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

  /** With the link and the latest levels, as listings show them (tags stay null there). */
  LearnerView withBksb(Bksb link, Map<String, LatestLevel> levels) {
    return withDetail(link, levels, null);
  }

  /** A single learner's view: with the bksb link, the latest levels and the tags. */
  LearnerView withDetail(Bksb link, Map<String, LatestLevel> levels, List<String> learnerTags) {
    return new LearnerView(
        centreId,
        reference,
        kind,
        firstName,
        lastName,
        email,
        emailVerified,
        webUsername,
        dateOfBirth,
        systemStatus,
        startDate,
        endDate,
        bksbUser,
        bksbUsername,
        eligible,
        updatedAt,
        link,
        levels,
        learnerTags);
  }

  static LearnerView of(Learner l, LocalDate today) {
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
        null,
        null,
        null);
  }
}
