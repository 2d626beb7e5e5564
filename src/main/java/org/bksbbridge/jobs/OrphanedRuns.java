package org.bksbbridge.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bksbbridge.server.ServerHeartbeats.Seen;

/**
 * Decides which runs still recorded as running were left by a server that is gone, and says why. A
 * run is orphaned when its server is this one but it started before this server did (a restart:
 * nothing survives one), when its server started again since the run began, or when its server's
 * heartbeat is older than the staleness limit. A run of a server that never beat is judged by its
 * own age against the same limit. Runs with no server (recorded before servers were) are left to
 * the batch runtime's word.
 */
final class OrphanedRuns {
  /** How the exit status of a run failed this way begins, as REFUSED begins a refused one. */
  static final String SERVER_GONE = "SERVER GONE: ";

  /** How the exit status of a run the database failed begins. */
  static final String DATABASE_GONE = "DATABASE GONE: ";

  private static final String FROM_CHECKPOINT =
      "; restart this execution to go on from its last checkpoint";

  /** The exit status of a run that failed while the database was away. */
  static String databaseGone(Instant at) {
    return DATABASE_GONE
        + "the database could not be reached during this run (found at "
        + at
        + ")"
        + FROM_CHECKPOINT;
  }

  /**
   * This server's runs whose listeners saw them end ({@code ended}) at least {@code grace} ago
   * while they are still recorded running: their end could not be written, as the database was
   * away. The grace leaves Liberty time to write its own end first.
   */
  static List<Orphan> endedUnrecorded(
      List<Candidate> runs, Map<Long, Instant> ended, Observer o, Duration grace) {
    List<Orphan> out = new ArrayList<>();
    for (Candidate r : runs) {
      Instant at = ended.get(r.executionId());
      if (at != null && o.self().equals(r.server()) && !at.plus(grace).isAfter(o.now())) {
        out.add(
            new Orphan(
                r.executionId(),
                r.server(),
                clip(
                    DATABASE_GONE
                        + "the database could not be reached when this run ended at "
                        + at
                        + " on server "
                        + r.server()
                        + FROM_CHECKPOINT)));
      }
    }
    return out;
  }

  private OrphanedRuns() {}

  /** A run as recorded: its execution, the server that ran it, when it started. */
  record Candidate(long executionId, String server, Instant startedAt) {}

  /** A run to fail, and the reason people will read. */
  record Orphan(long executionId, String server, String reason) {}

  /** Who looks, and when. */
  record Observer(String self, Instant selfStarted, Instant now, Duration stale) {}

  static List<Orphan> find(List<Candidate> runs, Map<String, Seen> servers, Observer o) {
    List<Orphan> out = new ArrayList<>();
    for (Candidate r : runs) {
      String why = r.server() == null ? null : reason(r, servers.get(r.server()), o);
      if (why != null) {
        out.add(new Orphan(r.executionId(), r.server(), clip(why)));
      }
    }
    return out;
  }

  /** Liberty keeps 512 characters of an exit status, job_run 500. */
  private static String clip(String s) {
    return s.length() <= JobRun.EXIT_MAX ? s : s.substring(0, JobRun.EXIT_MAX - 3) + "...";
  }

  private static String reason(Candidate r, Seen seen, Observer o) {
    String lost = SERVER_GONE + "server " + r.server() + " stopped while this ran (";
    String fix = ")" + FROM_CHECKPOINT;
    if (r.server().equals(o.self())) {
      return r.startedAt().isBefore(o.selfStarted())
          ? lost + "found when it started again at " + o.selfStarted() + fix
          : null;
    }
    Instant staleBefore = o.now().minus(o.stale());
    if (seen == null) {
      return r.startedAt().isBefore(staleBefore)
          ? lost + "it never reported alive; found by " + o.self() + " at " + o.now() + fix
          : null;
    }
    if (seen.startedAt().isAfter(r.startedAt())) {
      return lost + "it started again at " + seen.startedAt() + fix;
    }
    if (seen.lastSeen().isBefore(staleBefore)) {
      return lost
          + "last seen at "
          + seen.lastSeen()
          + ", more than "
          + o.stale().toSeconds()
          + " s before "
          + o.self()
          + " looked at "
          + o.now()
          + fix;
    }
    return null;
  }
}
