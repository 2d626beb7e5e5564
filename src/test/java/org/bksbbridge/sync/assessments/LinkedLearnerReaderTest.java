package org.bksbbridge.sync.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bksbbridge.learner.LearnerKind;
import org.bksbbridge.settings.SyncOptions;
import org.junit.jupiter.api.Test;

/**
 * A chunk retry reopens the same reader at the last checkpoint (Liberty's batch runtime does): the
 * reader must then read on from there, not from what it had read ahead.
 */
class LinkedLearnerReaderTest {
  /** Learners 1..n of one centre, served in pages as the database would. */
  private static LinkedLearners learners(int n) {
    return new LinkedLearners() {
      @Override
      public Map<String, CentreSync> centres(String only) {
        return Map.of(
            "NORTH",
            new CentreSync(1, null, SyncOptions.NONE, org.bksbbridge.learner.HeatRules.DEFAULTS));
      }

      @Override
      long maxLearnerId(java.util.Set<String> centreIds) {
        return n;
      }

      @Override
      public Page page(Scope scope, long afterId, int max) {
        List<LearnerToFetch> out = new ArrayList<>();
        for (long id = afterId + 1; id <= n && out.size() < max; id++) {
          out.add(new LearnerToFetch(id, "NORTH", "R" + id, 1, id, LearnerKind.LEARNER, null));
        }
        long last = out.isEmpty() ? afterId : out.get(out.size() - 1).learnerId();
        return new Page(out, last, out.size() == max);
      }
    };
  }

  private static LinkedLearnerReader reader(int n, int pageSize) {
    // Inside the reader the name pageSize is its batch property.
    String size = String.valueOf(pageSize);
    LinkedLearnerReader r =
        new LinkedLearnerReader() {
          {
            this.pageSize = size;
          }
        };
    r.learners = learners(n);
    return r;
  }

  private static long next(LinkedLearnerReader r) {
    return ((LearnerToFetch) r.readItem()).learnerId();
  }

  @Test
  void reopeningAtACheckpointReadsOnFromThere() {
    for (int pageSize : new int[] {3, 100}) {
      LinkedLearnerReader r = reader(10, pageSize);
      r.open(null);
      assertEquals(1, next(r));
      assertEquals(2, next(r));
      var committed = r.checkpointInfo();
      assertEquals(3, next(r));
      assertEquals(4, next(r));
      // The chunk of 3 and 4 failed: the runtime rolls back and reopens at the checkpoint.
      r.open(committed);
      assertEquals(3, next(r), "page size " + pageSize);
      for (long id = 4; id <= 10; id++) {
        assertEquals(id, next(r));
      }
      assertNull(r.readItem());
    }
  }
}
