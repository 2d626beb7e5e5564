package org.bksbbridge.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.bksbbridge.refusal.Refusal;
import org.junit.jupiter.api.Test;

class FreeTextTest {
  @Test
  void brokenControlAndReorderingTextIsRefusedByBothRules() {
    Map<String, String> bad =
        Map.of(
            "a\uD800b", FreeText.BROKEN,
            "\uDC00", FreeText.BROKEN,
            "a\u0000b", FreeText.CONTROL,
            "Evil\u202Egnp.exe", FreeText.CONTROL,
            "a\u2066b", FreeText.CONTROL,
            "a\u2028b", FreeText.CONTROL,
            "a\u0085b", FreeText.CONTROL,
            "\u200B", FreeText.INVISIBLE,
            "\u200B\u200D\uFEFF", FreeText.INVISIBLE,
            "\u00A0\u2060", FreeText.INVISIBLE);
    bad.forEach(
        (text, problem) -> {
          assertEquals(problem, FreeText.problem(text), text);
          assertEquals(problem, FreeText.identifierProblem(text), text);
        });
  }

  @Test
  void namesKeepJoinersAndMarksThatIdentifiersRefuse() {
    for (String name :
        new String[] {"\u0645\u200C\u0646", "Ng\u200Eo", "Zo\u00EB", "\uD83D\uDE00"}) {
      assertNull(FreeText.problem(name), name);
    }
    assertEquals(FreeText.HIDDEN, FreeText.identifierProblem("ad\u200Bmin"));
    assertEquals(FreeText.HIDDEN, FreeText.identifierProblem("ad\u00A0min"));
    assertEquals(FreeText.HIDDEN, FreeText.identifierProblem("key\uE000"));
    assertNull(FreeText.identifierProblem("Maths Tutors"));
  }

  @Test
  void checkedValuesAreStrippedOrRefusedNamingTheField() {
    assertEquals("North College", FreeText.name("name", "  North College ", 200));
    Refusal r = assertThrows(Refusal.class, () -> FreeText.name("name", "\uD800", 200));
    assertEquals(Refusal.Kind.INVALID, r.kind());
    assertEquals(Map.of("name", FreeText.BROKEN), r.fields());
    assertEquals(
        Map.of("name", "is required"),
        assertThrows(Refusal.class, () -> FreeText.name("name", " ", 200)).fields());
    assertEquals(
        Map.of("accessKeyId", "must be at most 3 characters"),
        assertThrows(Refusal.class, () -> FreeText.identifier("accessKeyId", "abcd", 3)).fields());
  }
}
