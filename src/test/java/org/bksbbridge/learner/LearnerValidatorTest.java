package org.bksbbridge.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LearnerValidatorTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private static Map<String, String> problems(Map<String, String> values) {
    return assertThrows(LearnerValidator.Invalid.class, () -> LearnerValidator.parse(values, TODAY))
        .problems();
  }

  @Test
  void minimalLearnerGetsDefaults() {
    LearnerFields f =
        LearnerValidator.parse(Map.of("firstName", " Ada ", "lastName", "Byron"), TODAY);
    assertEquals("Ada", f.firstName());
    assertEquals(LearnerKind.LEARNER, f.kind());
    assertEquals(SystemStatus.LIVE, f.systemStatus());
    assertFalse(f.emailVerified());
    assertFalse(f.bksbUser());
    assertNull(f.email());
  }

  @Test
  void everyFieldIsReadAndNormalised() {
    Map<String, String> v = new HashMap<>();
    v.put("kind", "applicant");
    v.put("firstName", "Ada");
    v.put("lastName", "Byron");
    v.put("email", "Ada.Byron@College.AC.UK");
    v.put("emailVerified", "Yes");
    v.put("webUsername", "abyron");
    v.put("dateOfBirth", "2000-02-29");
    v.put("systemStatus", "archived");
    v.put("startDate", "2025-09-01");
    v.put("endDate", "2026-07-31");
    v.put("bksbUser", "1");
    v.put("bksbUsername", "ada.b");
    LearnerFields f = LearnerValidator.parse(v, TODAY);
    assertEquals(LearnerKind.APPLICANT, f.kind());
    assertEquals("ada.byron@college.ac.uk", f.email());
    assertTrue(f.emailVerified());
    assertEquals(LocalDate.of(2000, 2, 29), f.dateOfBirth());
    assertEquals(SystemStatus.ARCHIVED, f.systemStatus());
    assertTrue(f.bksbUser());
    assertEquals("ada.b", f.bksbUsername());
  }

  @Test
  void everyProblemIsNamedAtOnce() {
    Map<String, String> v = new HashMap<>();
    v.put("firstName", "  ");
    v.put("lastName", "x".repeat(101));
    v.put("email", "not an email");
    v.put("emailVerified", "perhaps");
    v.put("dateOfBirth", "2001-02-30");
    v.put("kind", "STUDENT");
    v.put("systemStatus", "GONE");
    v.put("startDate", "2026-09-01");
    v.put("endDate", "2026-08-31");
    v.put("shoeSize", "9");
    Map<String, String> p = problems(v);
    assertEquals("is required", p.get("firstName"));
    assertEquals("must be at most 100 characters", p.get("lastName"));
    assertEquals("must be an email address like name@example.ac.uk", p.get("email"));
    assertEquals("must be true or false", p.get("emailVerified"));
    assertEquals("must be a date as YYYY-MM-DD", p.get("dateOfBirth"));
    assertEquals("must be LEARNER or APPLICANT", p.get("kind"));
    assertEquals("must be LIVE or ARCHIVED", p.get("systemStatus"));
    assertEquals("must not be before startDate", p.get("endDate"));
    assertEquals("unknown field", p.get("shoeSize"));
    assertEquals(9, p.size());
  }

  @Test
  void birthDatesMustBePlausible() {
    assertEquals(
        "must be between 1900-01-01 and today",
        problems(Map.of("firstName", "a", "lastName", "b", "dateOfBirth", "2026-11-23"))
            .get("dateOfBirth"));
    assertEquals(
        "must be between 1900-01-01 and today",
        problems(Map.of("firstName", "a", "lastName", "b", "dateOfBirth", "1899-12-31"))
            .get("dateOfBirth"));
  }

  @Test
  void controlCharactersAreRefused() {
    assertEquals(
        "must not contain control characters",
        problems(Map.of("firstName", "a\u0000b", "lastName", "b")).get("firstName"));
  }

  @Test
  void directionOverridesLineSeparatorsAndBrokenTextAreRefusedInEveryTextField() {
    for (String field : new String[] {"firstName", "lastName", "webUsername", "bksbUsername"}) {
      for (String bad : new String[] {"Evil\u202Egnp.exe", "a\u2066b", "a\u2028b", "a\u0085b"}) {
        Map<String, String> v = new HashMap<>(Map.of("firstName", "a", "lastName", "b"));
        v.put(field, bad);
        assertEquals("must not contain control characters", problems(v).get(field), field + bad);
      }
    }
    assertEquals(
        "must not contain control characters",
        problems(Map.of("firstName", "a", "lastName", "b", "email", "a\u202E@b.ac.uk"))
            .get("email"));
    assertEquals(
        "must be valid Unicode text",
        problems(Map.of("firstName", "a\uD800b", "lastName", "b")).get("firstName"));
  }

  @Test
  void namesOfOnlyInvisibleCharactersAreRefused() {
    for (String invisible : new String[] {"\u200B", "\u200B\u200D\uFEFF", "\u00A0\u2060"}) {
      assertEquals(
          "must contain visible characters",
          problems(Map.of("firstName", invisible, "lastName", "b")).get("firstName"));
    }
    // Joiners and marks inside real text are part of how some names are written.
    LearnerFields f =
        LearnerValidator.parse(
            Map.of("firstName", "\u0645\u200C\u0646", "lastName", "Ng\u200Eo"), TODAY);
    assertEquals("\u0645\u200C\u0646", f.firstName());
  }

  @Test
  void datesOutsideTheYears1900To9999AreFieldErrors() {
    for (String field : new String[] {"startDate", "endDate"}) {
      for (String date : new String[] {"+10000-01-01", "1899-12-31", "-0001-01-01"}) {
        assertEquals(
            "must be between 1900-01-01 and 9999-12-31",
            problems(Map.of("firstName", "a", "lastName", "b", field, date)).get(field),
            field + " " + date);
      }
    }
    assertEquals(
        LocalDate.of(9999, 12, 31),
        LearnerValidator.parse(
                Map.of("firstName", "a", "lastName", "b", "endDate", "9999-12-31"), TODAY)
            .endDate());
    assertEquals(
        "must be between 1900-01-01 and today",
        problems(Map.of("firstName", "a", "lastName", "b", "dateOfBirth", "+10000-01-01"))
            .get("dateOfBirth"));
  }

  @Test
  void references() {
    assertNull(LearnerValidator.referenceProblem("ABC-123_x.y2"));
    assertEquals("is required", LearnerValidator.referenceProblem(" "));
    assertEquals(
        "must be 1 to 50 letters, digits or . _ -", LearnerValidator.referenceProblem("a/b"));
    assertEquals(
        "must be 1 to 50 letters, digits or . _ -",
        LearnerValidator.referenceProblem("x".repeat(51)));
  }

  @Test
  void messageListsProblemsInNameOrder() {
    LearnerValidator.Invalid e =
        assertThrows(
            LearnerValidator.Invalid.class,
            () -> LearnerValidator.parse(Map.of("lastName", "", "firstName", ""), TODAY));
    assertEquals("firstName is required; lastName is required", e.getMessage());
  }
}
