package org.bksbbridge.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.bksbbridge.sync.assessments.AssessmentPartitionMapper;
import org.bksbbridge.sync.assessments.AssessmentSkipListener;
import org.bksbbridge.sync.assessments.AssessmentWriter;
import org.junit.jupiter.api.Test;

class JobProgressTest {
  @Test
  void readsTheCountersTheResultsDownloadKeeps() {
    // The jobs package cannot name the sync package's constants (sync builds on jobs): the same
    // names, checked here.
    assertEquals(AssessmentWriter.LEARNERS, JobProgress.DONE);
    assertEquals(AssessmentSkipListener.SKIPPED, JobProgress.SKIPPED);
    assertEquals(AssessmentPartitionMapper.TOTAL, JobProgress.TOTAL);
  }

  @Test
  void skippedLearnersCountAsDone() {
    JobProgress p =
        JobProgress.of(Map.of("learnersTotal", 240L, "learners", 50L, "learnersSkipped", 10L));
    assertEquals(60, p.done());
    assertEquals(240, p.total());
    assertEquals(25, p.percent());
  }

  @Test
  void noTotalNoProgress() {
    assertNull(JobProgress.of(Map.of("learners", 5L)));
    assertNull(JobProgress.of(Map.of()));
  }

  @Test
  void neverPastTheTotalAndAnEmptyRunIsDone() {
    assertEquals(10, JobProgress.of(Map.of("learnersTotal", 10L, "learners", 12L)).done());
    assertEquals(100, JobProgress.of(Map.of("learnersTotal", 0L)).percent());
    assertEquals(99, new JobProgress(999, 1000).percent(), "100 only when all are done");
  }
}
