package org.bksbbridge.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LearnerFieldsTest {
  private static final LearnerFields ADA =
      new LearnerFields(
          LearnerKind.LEARNER,
          "Ada",
          "Lovelace",
          "ada@example.ac.uk",
          true,
          "alovelace",
          LocalDate.of(2005, 12, 10),
          SystemStatus.LIVE,
          LocalDate.of(2025, 9, 1),
          null,
          false,
          null);

  @Test
  void namesAreTheRecordsComponentsInOrder() {
    assertEquals(
        List.of(
            "kind",
            "firstName",
            "lastName",
            "email",
            "emailVerified",
            "webUsername",
            "dateOfBirth",
            "systemStatus",
            "startDate",
            "endDate",
            "bksbUser",
            "bksbUsername"),
        LearnerFields.NAMES);
  }

  @Test
  void matchingSelectsTheIdThenTheFieldsInTheirOrderThenTheReference() {
    assertEquals(
        "l.id, "
            + LearnerFields.NAMES.stream().map(n -> "l." + n).collect(Collectors.joining(", "))
            + ", l.reference",
        Learner.MATCH_FIELDS);
  }

  @Test
  void aRowOfColumnsMakesTheFields() {
    Object[] row = {
      7L,
      ADA.kind(),
      ADA.firstName(),
      ADA.lastName(),
      ADA.email(),
      ADA.emailVerified(),
      ADA.webUsername(),
      ADA.dateOfBirth(),
      ADA.systemStatus(),
      ADA.startDate(),
      ADA.endDate(),
      ADA.bksbUser(),
      ADA.bksbUsername()
    };
    assertEquals(ADA, LearnerFields.ofColumns(row, 1));
  }

  @Test
  void settingTheBksbUserChangesThoseTwoFieldsAlone() {
    Learner l = new Learner("c1", "R1");
    Instant created = Instant.parse("2026-01-01T00:00:00Z");
    Instant later = created.plusSeconds(60);
    l.apply(ADA, created);

    assertFalse(l.setBksbUser(false, null, later));
    assertEquals(created, l.getUpdatedAt());

    assertTrue(l.setBksbUser(true, "ada.l", later));
    assertEquals(
        new LearnerFields(
            ADA.kind(),
            ADA.firstName(),
            ADA.lastName(),
            ADA.email(),
            ADA.emailVerified(),
            ADA.webUsername(),
            ADA.dateOfBirth(),
            ADA.systemStatus(),
            ADA.startDate(),
            ADA.endDate(),
            true,
            "ada.l"),
        l.fields());
    assertEquals(later, l.getUpdatedAt());
  }
}
