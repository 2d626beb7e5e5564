package org.bksbbridge.imports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.bksbbridge.audit.Actor;
import org.bksbbridge.audit.AuditService;
import org.bksbbridge.learner.LearnerRecord;
import org.bksbbridge.learner.LearnerStore;

/**
 * Upserts the chunk's learners on (centre, reference), inside the chunk's transaction, and records
 * each changed web username there too, as done by whoever started (or restarted) the run.
 */
@Dependent
@Named("learnerUpsertWriter")
public class LearnerUpsertWriter extends AbstractItemWriter {
  @Inject
  @BatchProperty(name = "centreId")
  String centreId;

  @Inject
  @BatchProperty(name = "startedBy")
  String startedBy;

  @Inject
  @BatchProperty(name = "startedFrom")
  String startedFrom;

  @Inject
  @BatchProperty(name = "startedFromBy")
  String startedFromBy;

  @Inject JobContext job;
  @Inject LearnerStore store;
  @Inject AuditService audit;

  @Override
  public void writeItems(List<Object> items) {
    List<LearnerRecord> records = new ArrayList<>(items.size());
    for (Object item : items) {
      records.add((LearnerRecord) item);
    }
    LearnerStore.Counts counts = store.upsert(centreId, records);
    // The address is the first start's: it is the restarter's only if they started it too.
    String address = startedBy != null && startedBy.equals(startedFromBy) ? startedFrom : null;
    audit.record(
        new Actor(startedBy, blankToNull(address), ImportService.JOB + " " + job.getExecutionId()),
        counts.webUsernameChanges());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
