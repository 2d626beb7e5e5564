package org.bksbbridge.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.bksbbridge.bksb.Level;
import org.bksbbridge.bksb.ResultTranslator;
import org.bksbbridge.bksb.ResultType;
import org.junit.jupiter.api.Test;

class SandboxGeneratorTest {
  @Test
  void theSameSeedGivesTheSameData() {
    SandboxGenerator a = new SandboxGenerator(42, 1000, 6);
    SandboxGenerator b = new SandboxGenerator(42, 1000, 6);
    assertEquals(a.user(777), b.user(777));
    assertEquals(a.results(777), b.results(777));
    assertNotEquals(a.user(777), new SandboxGenerator(43, 1000, 6).user(777));
  }

  @Test
  void aMillionResultsCostNoMemoryAndEachLooksReal() {
    SandboxGenerator g = new SandboxGenerator(1, 100_000, 10);
    Set<Long> sessions = new HashSet<>();
    for (long id = 99_990; id <= 100_000; id++) {
      for (SandboxResult r : g.results(id)) {
        assertTrue(sessions.add(r.sessionId()), "session ids are unique");
        assertNotEquals(Level.UNKNOWN, ResultTranslator.level(r.result(), r.subject()), r.result());
        assertEquals(r.type() == ResultType.DIAGNOSTIC, r.percent() != null);
      }
    }
    assertEquals(110, sessions.size());
    assertEquals(-1, g.idIn("someone.else5"));
    assertEquals(100_000, g.idIn(g.user(100_000).username()));
    assertEquals(-1, g.idIn(g.user(5).username() + "0"));
  }

  @Test
  void stateOverlaysChangesOnTopOfGeneratedData() {
    SandboxState s = new SandboxState(java.util.Map.of("k", "s"), new SandboxGenerator(3, 10, 2));
    SandboxUser renamed = new SandboxUser(4, "renamed", "r@x.ac.uk", "Re", "Named", null);
    s.putUser(renamed);
    assertEquals(renamed, s.byUsername("RENAMED").orElseThrow());
    assertTrue(s.deleteUser(5));
    assertTrue(s.user(5).isEmpty());
    assertTrue(s.results(5).isEmpty());
    int[] count = {0};
    s.forEachUser(u -> ++count[0] > 0);
    assertEquals(9, count[0]);
    s.reset();
    assertEquals(10, countUsers(s));
    assertTrue(s.accepts("k", "s"));
    assertTrue(!s.accepts("k", "S") && !s.accepts("x", "s"));
    assertThrows(IllegalArgumentException.class, () -> new SandboxGenerator(1, 1, 100));
  }

  private static int countUsers(SandboxState s) {
    int[] n = {0};
    s.forEachUser(u -> ++n[0] > 0);
    return n[0];
  }
}
