package org.bksbbridge.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/** Counts of results for overviews, one query each. Callers check access first. */
@ApplicationScoped
public class ResultCounts {
  @Inject AssessmentResultRepository results;

  /**
   * Results first imported at or after {@code since} that belong to a bksb user linked to a learner
   * of the centre. A result is kept once per bksb account, so centres sharing an account and a user
   * each count it.
   */
  public long importedSince(String centreId, Instant since) {
    return results.countImportedSince(centreId, since);
  }
}
