package org.bksbbridge.imports;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.bksbbridge.learner.LearnerFields;
import org.bksbbridge.learner.LearnerRecord;
import org.bksbbridge.learner.LearnerValidator;

/** Validates a row with the same rules as the REST API; a bad row becomes a skip. */
@Dependent
@Named("learnerRowProcessor")
public class LearnerRowProcessor implements ItemProcessor {
  @Inject Clock clock;

  @Override
  public Object processItem(Object item) throws InvalidRowException {
    ImportRow row = (ImportRow) item;
    Map<String, String> values = new HashMap<>(row.values());
    String reference = values.remove(LearnerValidator.REFERENCE);
    reference = reference == null ? null : reference.strip();
    if (row.problem() != null) {
      throw new InvalidRowException(row.row(), reference, row.problem());
    }
    String referenceProblem = LearnerValidator.referenceProblem(reference);
    if (referenceProblem != null) {
      throw new InvalidRowException(row.row(), reference, "reference " + referenceProblem);
    }
    try {
      LearnerFields fields = LearnerValidator.parse(values, LocalDate.now(clock));
      return new LearnerRecord(reference, fields);
    } catch (LearnerValidator.Invalid e) {
      throw new InvalidRowException(row.row(), reference, e.getMessage());
    }
  }
}
