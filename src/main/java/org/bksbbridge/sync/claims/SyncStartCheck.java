package org.bksbbridge.sync.claims;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Properties;
import org.bksbbridge.centre.CentreService;
import org.bksbbridge.jobs.JobStartCheck;
import org.bksbbridge.refusal.Refusal;

/** Before a sync job starts through the API: its parameters, its centre, and its accounts free. */
@ApplicationScoped
public class SyncStartCheck implements JobStartCheck {
  @Inject SyncClaims claims;
  @Inject CentreService centres;

  @Override
  public void check(String jobName, Properties params) {
    if (!SyncClaims.SYNC_JOBS.contains(jobName)) {
      return;
    }
    SyncJobParameters.problem(jobName, params)
        .ifPresent(
            p -> {
              int colon = p.indexOf(": ");
              throw Refusal.invalid(p.substring(0, colon), p.substring(colon + 2));
            });
    String centreId = params.getProperty("centreId");
    if (centreId != null && centres.find(centreId).isEmpty()) {
      throw Refusal.invalid("centreId", "no centre " + centreId);
    }
    try {
      claims.requireFree(centreId);
    } catch (SyncBusyException busy) {
      throw Refusal.conflict(busy.getMessage());
    }
  }
}
