package org.bksbbridge.imports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.bksbbridge.learner.LearnerRecord;
import org.bksbbridge.learner.LearnerStore;

/** Upserts the chunk's learners on (centre, reference), inside the chunk's transaction. */
@Dependent
@Named("learnerUpsertWriter")
public class LearnerUpsertWriter extends AbstractItemWriter {
  @Inject
  @BatchProperty(name = "centreId")
  String centreId;

  @Inject LearnerStore store;

  @Override
  public void writeItems(List<Object> items) {
    List<LearnerRecord> records = new ArrayList<>(items.size());
    for (Object item : items) {
      records.add((LearnerRecord) item);
    }
    store.upsert(centreId, records);
  }
}
