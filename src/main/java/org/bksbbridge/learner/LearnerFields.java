package org.bksbbridge.learner;

import java.time.LocalDate;

/** The validated fields of a learner, as every way in (REST, CSV, JSON import) delivers them. */
public record LearnerFields(
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
    String bksbUsername) {

  public boolean eligibleOn(LocalDate today) {
    return Eligibility.isEligible(systemStatus, kind, endDate, today);
  }
}
