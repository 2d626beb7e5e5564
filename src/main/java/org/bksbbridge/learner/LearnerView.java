package org.bksbbridge.learner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
    List<String> tags) {

  /**
   * The learner's bksb link, shown on a single learner (null in listings); resultsCheckedAt is the
   * last download of the learner's results.
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

  /** A single learner's view: with the bksb link and the tags (both null in listings). */
  LearnerView withDetail(Bksb link, List<String> learnerTags) {
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
        null);
  }
}
