package org.bksbbridge.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bksbbridge.refusal.Refusal;
import org.junit.jupiter.api.Test;

class LearnerQueryTest {
  @Test
  void defaults() {
    LearnerQuery q = LearnerQuery.of(" ", null, "", null, null);
    assertNull(q.text());
    assertNull(q.kind());
    assertNull(q.eligible());
    assertEquals(1, q.page());
    assertEquals(LearnerQuery.DEFAULT_SIZE, q.size());
  }

  @Test
  void valuesAreParsed() {
    LearnerQuery q = LearnerQuery.of(" smi ", "applicant", "true", 3, 20);
    assertEquals("smi", q.text());
    assertEquals(LearnerKind.APPLICANT, q.kind());
    assertEquals(Boolean.TRUE, q.eligible());
    assertEquals(3, q.page());
  }

  @Test
  void badValuesNameTheirParameter() {
    assertEquals(
        "must be LEARNER or APPLICANT",
        problem(() -> LearnerQuery.of(null, "x", null, null, null), "kind"));
    assertEquals(
        "must be true or false",
        problem(() -> LearnerQuery.of(null, null, "yes", null, null), "eligible"));
    assertEquals(
        "must be between 1 and 1000000",
        problem(() -> LearnerQuery.of(null, null, null, 0, null), "page"));
    assertEquals(
        "must be between 1 and 500",
        problem(() -> LearnerQuery.of(null, null, null, 1, 501), "size"));
  }

  private static String problem(org.junit.jupiter.api.function.Executable call, String field) {
    Refusal e = assertThrows(Refusal.class, call);
    assertEquals(Refusal.Kind.INVALID, e.kind());
    return e.fields().get(field);
  }
}
