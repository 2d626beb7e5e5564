package org.bksbbridge.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.bksbbridge.learner.LearnerFields;
import org.bksbbridge.learner.LearnerKind;
import org.bksbbridge.learner.SystemStatus;
import org.junit.jupiter.api.Test;

class UsernamesTest {
  private static LearnerFields f(String first, String last, String web, String bksb) {
    return new LearnerFields(
        LearnerKind.APPLICANT,
        first,
        last,
        null,
        false,
        web,
        null,
        SystemStatus.LIVE,
        null,
        null,
        bksb != null,
        bksb);
  }

  @Test
  void theBksbUserNameThenTheWebUserNameThenOneMadeFromNameAndReference() {
    assertEquals("ada.b", Usernames.defaultFor(f("Ada", "L", "ada.web", " ada.b "), "R1"));
    assertEquals("ada.web", Usernames.defaultFor(f("Ada", "L", "ada.web", null), "R1"));
    assertEquals(
        "zoe.obrienmuller.a1234",
        Usernames.defaultFor(f("Zoë", "O'Brien-Müller", null, null), "A/12 34"));
    assertEquals("x", Usernames.defaultFor(f("", "", null, null), "X"));
  }

  @Test
  void problemsAndVariants() {
    assertNull(Usernames.problem("ada.lovelace@north-1_x"));
    assertEquals("is required", Usernames.problem(" "));
    assertEquals("may contain letters, digits and . _ - @ only", Usernames.problem("ada lovelace"));
    assertEquals("must be at most 100 characters", Usernames.problem("a".repeat(101)));
    assertEquals("ada2", Usernames.variant("ada", 2));
    assertEquals("a".repeat(98) + "12", Usernames.variant("a".repeat(100), 12));
  }
}
