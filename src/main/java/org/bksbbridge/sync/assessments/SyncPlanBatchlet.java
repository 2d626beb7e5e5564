package org.bksbbridge.sync.assessments;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * First step of bksb-nightly: checks the since parameter and answers INCREMENTAL (match and results
 * of recent learners only) or FULL (users first). A bad since fails the job before any call to
 * bksb.
 */
@Dependent
@Named("syncPlanBatchlet")
public class SyncPlanBatchlet extends AbstractBatchlet {
  public static final String INCREMENTAL = "INCREMENTAL";
  public static final String FULL = "FULL";

  @Inject
  @BatchProperty(name = "since")
  String since;

  @Override
  public String process() {
    if (since == null || since.isBlank()) {
      return FULL;
    }
    try {
      Instant.parse(since);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("since must be an ISO instant, got " + since, e);
    }
    return INCREMENTAL;
  }
}
