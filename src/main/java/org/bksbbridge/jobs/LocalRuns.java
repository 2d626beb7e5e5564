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
  /** When runs ended whose end the database, away then, could not take. */
  private final Map<Long, Instant> ended = new ConcurrentHashMap<>();

  private final Map<Long, String> restartWhenBack = new ConcurrentHashMap<>();

  void endedUnrecorded(long executionId, Instant at) {
    ended.put(executionId, at);
  }

  /** When each run whose end could not be recorded ended. */
  Map<Long, Instant> unrecordedEnds() {
    return Map.copyOf(ended);
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
