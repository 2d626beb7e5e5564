package org.bksbbridge.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.bksbbridge.bksb.ResultType;
import org.bksbbridge.bksb.Subject;
import org.bksbbridge.sandbox.SandboxResult;
import org.bksbbridge.sync.assessments.AssessmentFixture;
import org.bksbbridge.testing.TestLearners;
import org.junit.jupiter.api.Test;

/** The learners list's link and latest levels, for the page's learners only. */
class LearnerBksbSummariesTest {
  @Test
  void linksAndTheLatestInitialLevelPerSubjectOfTheLearnersAsked() throws Exception {
    try (AssessmentFixture f = new AssessmentFixture(10, 6)) {
      long one = f.linked("NORTH", "N1", 1);
      long two = f.linked("NORTH", "N2", 2);
      long other = f.linked("NORTH", "N3", 3);
      long unlinked =
          TestLearners.store(
              f.batch.db,
              "NORTH",
              "N4",
              TestLearners.live(LearnerKind.LEARNER, "Un", "Linked", null, false, null, null));
      // N1 retook English later: the retake is the latest; a newer diagnostic does not count.
      f.sandbox.state.putResult(
          1,
          new SandboxResult(
              9_000_001,
              ResultType.INITIAL,
              Subject.ENGLISH,
              "English Level 3",
              null,
              LocalDateTime.of(2026, 11, 25, 9, 30)));
      f.sandbox.state.putResult(
          1,
          new SandboxResult(
              9_000_002,
              ResultType.DIAGNOSTIC,
              Subject.ENGLISH,
              "English Entry 1",
              40,
              LocalDateTime.of(2026, 11, 26, 9, 30)));
      f.options("NORTH", true, null, null);
      f.run(Map.of("partitions", "1"), BatchStatus.COMPLETED);

      LearnerBksbSummaries s = new LearnerBksbSummaries();
      s.links = org.bksbbridge.link.BksbLinkRepository.of(f.batch.db.current());
      List<Long> page = List.of(one, two, unlinked);
      Map<Long, LearnerView.Bksb> links = s.links(page);
      assertEquals(2, links.size(), "the unlinked learner has none: " + links);
      assertEquals("MANUAL", links.get(one).matchMethod());
      assertEquals("user1", links.get(one).bksbUsername());
      assertFalse(links.containsKey(other), "only the learners asked for");

      Map<Long, Map<String, LearnerView.LatestLevel>> levels = s.latestLevels(page);
      assertEquals(List.of("ENGLISH", "ICT", "MATHS"), List.copyOf(levels.get(one).keySet()));
      assertEquals("LEVEL_3", levels.get(one).get("ENGLISH").level());
      assertEquals("Level 3", levels.get(one).get("ENGLISH").levelLabel());
      assertEquals(3, levels.get(two).size());
      assertFalse(levels.containsKey(unlinked));
      assertFalse(levels.containsKey(other));
      assertTrue(s.links(List.of()).isEmpty() && s.latestLevels(List.of()).isEmpty());
    }
  }
}
