package org.bksbbridge.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The runs this server's batch runtime has run since it started, as their job listeners saw them,
 * in memory: what the database may not have been told. A run whose listener saw it end while the
 * database was away stays recorded as running there (its end could not be written, by us or by
 * Liberty); {@link RunRecovery} fails it with the reason once the database is back, and restarts
 * the scheduled ones, as it does for a run whose server died.
 */
@ApplicationScoped
public class LocalRuns {
  /**
   * A run's end as its listener saw it, unrecorded; {@code databaseAway}: the database failed it.
   */
  record Ended(String jobName, Instant at, boolean databaseAway) {}

  private final Map<Long, Ended> ended = new ConcurrentHashMap<>();
  private final Map<Long, String> restartWhenBack = new ConcurrentHashMap<>();

  void ended(long executionId, String jobName, Instant at, boolean databaseAway) {
    ended.put(executionId, new Ended(jobName, at, databaseAway));
  }

  /** When each run whose end could not be recorded ended. */
  Map<Long, Instant> unrecordedEnds() {
    Map<Long, Instant> out = new java.util.HashMap<>();
    ended.forEach((id, e) -> out.put(id, e.at()));
    return out;
  }

  /** Its end is recorded (or another server settled it): nothing more to remember. */
  void settled(long executionId) {
    ended.remove(executionId);
  }

  /** A scheduled run the database failed, whose end was recorded: restart it once it is back. */
  void restartWhenBack(long executionId, String jobName) {
    restartWhenBack.put(executionId, jobName);
  }

  /** The runs waiting for their restart, taken: each is handed out once. */
  Map<Long, String> takeRestarts() {
    Map<Long, String> out = new java.util.HashMap<>();
    for (Long id : restartWhenBack.keySet()) {
      String job = restartWhenBack.remove(id);
      if (job != null) {
        out.put(id, job);
      }
    }
    return out;
  }
}
