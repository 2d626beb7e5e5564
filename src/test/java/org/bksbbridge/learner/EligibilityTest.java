package org.bksbbridge.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EligibilityTest {
  private static boolean learnerEndedOn(String end, String today) {
    return Eligibility.isEligible(
        SystemStatus.LIVE, LearnerKind.LEARNER, LocalDate.parse(end), LocalDate.parse(today));
  }

  @ParameterizedTest(name = "today {1}: ended {0} -> {2}")
  @CsvSource({
    // The same day of the previous month still counts; the day before does not.
    "2026-10-22, 2026-11-22, true",
    "2026-10-21, 2026-11-22, false",
    "2026-11-22, 2026-11-22, true",
    // Month ends: on 31 March the previous month has no 31st, so its last day is the cut-off.
    "2026-02-28, 2026-03-31, true",
    "2026-02-27, 2026-03-31, false",
    "2028-02-29, 2028-03-31, true",
    "2028-02-28, 2028-03-31, false",
    "2026-04-30, 2026-05-31, true",
    "2026-04-29, 2026-05-31, false",
    // From a short month to a long one: 28 February looks back to 28 January, not 31.
    "2026-01-28, 2026-02-28, true",
    "2026-01-27, 2026-02-28, false",
    // Across the year.
    "2025-12-01, 2026-01-01, true",
    "2025-11-30, 2026-01-01, false",
    // A planned end date in the future: still in learning.
    "2027-07-31, 2026-11-22, true"
  })
  void endedWithinTheLastCalendarMonth(String end, String today, boolean eligible) {
    assertEquals(eligible, learnerEndedOn(end, today));
  }

  @Test
  void inLearningApplicantsAndArchived() {
    LocalDate today = LocalDate.of(2026, 11, 22);
    assertTrue(Eligibility.isEligible(SystemStatus.LIVE, LearnerKind.LEARNER, null, today));
    assertTrue(
        Eligibility.isEligible(
            SystemStatus.LIVE, LearnerKind.APPLICANT, LocalDate.of(2019, 1, 1), today),
        "applicants are synchronised whatever their dates");
    assertFalse(Eligibility.isEligible(SystemStatus.ARCHIVED, LearnerKind.LEARNER, null, today));
    assertFalse(Eligibility.isEligible(SystemStatus.ARCHIVED, LearnerKind.APPLICANT, null, today));
  }

  @Test
  void cutoffIsWhatTheListingQueryUses() {
    assertEquals(LocalDate.of(2026, 2, 28), Eligibility.cutoff(LocalDate.of(2026, 3, 31)));
  }
}
