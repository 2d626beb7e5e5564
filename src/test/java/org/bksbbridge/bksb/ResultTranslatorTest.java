package org.bksbbridge.bksb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResultTranslatorTest {
  @ParameterizedTest(name = "{0} / {1} -> {2} {3}")
  @CsvSource({
    "ENG_NEW, English Entry 3, ENGLISH, ENTRY_3",
    "ENG_NEW, English Pre-Entry, ENGLISH, PRE_ENTRY",
    "ENG_NEW, English Pre Entry, ENGLISH, PRE_ENTRY",
    "ENG_NEW, English Entry Level 2, ENGLISH, ENTRY_2",
    "ENG_NEW, English E1, ENGLISH, ENTRY_1",
    "ENG_NEW, English Level 1, ENGLISH, LEVEL_1",
    "ENG_NEW, English L2, ENGLISH, LEVEL_2",
    "ENG_NEW, English Level 3, ENGLISH, LEVEL_3",
    "MATHS_NEW, Maths Level 1, MATHS, LEVEL_1",
    "MATHS_NEW, Maths Entry 1, MATHS, ENTRY_1",
    "'', Mathematics Level 2, MATHS, LEVEL_2",
    "ICT, ICT Below Entry 3, ICT, BELOW_ENTRY_3",
    "ICT, ICT Entry 3, ICT, ENTRY_3",
    "ICT, Digital Skills Level 2, ICT, LEVEL_2",
    // Not on ICT's shorter scale: kept, but UNKNOWN.
    "ICT, ICT Entry 1, ICT, UNKNOWN",
    "ICT, ICT Level 3, ICT, UNKNOWN",
    // Not on the other subjects' scale either.
    "ENG_NEW, English Below Entry 3, ENGLISH, UNKNOWN",
    // Strings bksb may send that no rule knows.
    "ENG_NEW, English Working Towards, ENGLISH, UNKNOWN",
    "ENG_NEW, '', ENGLISH, UNKNOWN",
    "GCSE_SCREEN, GCSE Grade 4 likely, OTHER, UNKNOWN",
    "ESOL, ESOL Entry 2, OTHER, ENTRY_2"
  })
  void mapsResultStringsToSubjectAndLevel(
      String courseSubject, String result, Subject subject, Level level) {
    WireResult w = new WireResult();
    w.courseSubject = courseSubject;
    w.result = result;
    w.resultDate = "2026-11-20T10:15:00";
    BksbResult r = new ResultTranslator().translate(w, ResultType.INITIAL);
    assertEquals(subject, r.subject());
    assertEquals(level, r.level());
    assertEquals(result, r.rawResult(), "the string bksb sent is always kept");
  }

  @Test
  void unknownStringsAreCountedNotDropped() {
    ResultTranslator t = new ResultTranslator();
    WireResult known = new WireResult();
    known.courseSubject = "MATHS_NEW";
    known.result = "Maths Level 2";
    WireResult odd = new WireResult();
    odd.courseSubject = "MATHS_NEW";
    odd.result = "Maths Stage Seven";
    t.translate(known, ResultType.INITIAL);
    BksbResult kept = t.translate(odd, ResultType.INITIAL);
    t.translate(odd, ResultType.DIAGNOSTIC);
    assertEquals(2, t.unknownCount());
    assertEquals("Maths Stage Seven", kept.rawResult());
    assertEquals(Level.UNKNOWN, kept.level());
  }

  @Test
  void localTimesWithoutZone() {
    assertEquals(
        LocalDateTime.of(2026, 11, 20, 10, 15),
        ResultTranslator.localDateTime("2026-11-20T10:15:00"));
    assertEquals(
        LocalDateTime.of(2026, 11, 20, 10, 15, 1),
        ResultTranslator.localDateTime("2026-11-20T10:15:01.873"));
    assertEquals(
        LocalDateTime.of(2026, 11, 20, 0, 0), ResultTranslator.localDateTime("2026-11-20"));
    assertNull(ResultTranslator.localDateTime("yesterday"));
  }

  @Test
  void levelsRankAcrossScales() {
    assertEquals(Level.ENTRY_2.rank(), Level.BELOW_ENTRY_3.rank());
    assertEquals(true, Level.LEVEL_2.rank() > Level.ENTRY_3.rank());
  }
}
