package org.bksbbridge.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bksbbridge.jobs.ChangeHeld;
import org.bksbbridge.jobs.HeldChangeView;
import org.bksbbridge.jobs.JobEnded;
import org.bksbbridge.settings.SettingsConnections;

/**
 * A run's end ({@code job.completed}, {@code job.failed}) and a change held for approval ({@code
 * job.held}) as events of each centre the run worked for: observed in the transaction that records
 * them, so the event commits with the record. A start the job's own checks refused and a stopped
 * run are not the MIS's concern.
 */
@ApplicationScoped
public class JobEvents {
  @Inject Events events;
  @Inject SettingsConnections settings;

  void ended(@Observes JobEnded e) {
    EventType type =
        switch (e.outcome()) {
          case "COMPLETED" -> EventType.JOB_COMPLETED;
          case "FAILED" -> EventType.JOB_FAILED;
          default -> null;
        };
    if (type == null || e.refused()) {
      return;
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("job", e.jobName());
    data.put("executionId", e.executionId());
    data.put("exitStatus", e.exitStatus());
    data.put("startedAt", e.startedAt());
    data.put("endedAt", e.endedAt());
    for (String centre : settings.centresOfRun(e.centreId())) {
      events.record(centre, type, null, data);
    }
  }

  void held(@Observes ChangeHeld e) {
    HeldChangeView h = e.change();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("job", h.jobName());
    data.put("executionId", h.executionId());
    data.put("kind", h.kind());
    data.put("bksbAccountId", h.accountId());
    data.put("affected", h.affected());
    data.put("total", h.total());
    for (String centre : h.centreIds()) {
      events.record(centre, EventType.JOB_HELD, null, data);
    }
  }
}
