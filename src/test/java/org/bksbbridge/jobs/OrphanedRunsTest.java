package org.bksbbridge.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bksbbridge.jobs.OrphanedRuns.Candidate;
import org.bksbbridge.jobs.OrphanedRuns.Observer;
import org.bksbbridge.jobs.OrphanedRuns.Orphan;
import org.bksbbridge.server.ServerHeartbeats.Seen;
import org.junit.jupiter.api.Test;

/** Which runs recorded as running were lost with their server, seen from server "a". */
class OrphanedRunsTest {
  private static final Instant T = Instant.parse("2026-12-01T02:00:00Z");
  private static final Duration STALE = Duration.ofSeconds(180);

  /** Server a started at T+10 min and looks at T+11 min. */
  private static final Observer A =
      new Observer("a", T.plusSeconds(600), T.plusSeconds(660), STALE);

  private static List<Orphan> find(Map<String, Seen> servers, Candidate... runs) {
    return OrphanedRuns.find(List.of(runs), servers, A);
  }

  @Test
  void ownRunsFromBeforeThisStartAreLostAndNewerOnesRun() {
    List<Orphan> lost =
        find(
            Map.of("a", new Seen(A.selfStarted(), A.now())),
            new Candidate(1, "a", T),
            new Candidate(2, "a", A.selfStarted().plusSeconds(1)));
    assertEquals(List.of(1L), lost.stream().map(Orphan::executionId).toList());
    assertTrue(lost.get(0).reason().startsWith("SERVER GONE: server a stopped while this ran"));
    assertTrue(lost.get(0).reason().contains("found when it started again at " + A.selfStarted()));
  }

  @Test
  void anotherServersRunIsLostOnlyOnceItsHeartbeatIsStale() {
    Candidate run = new Candidate(7, "b", T);
    Instant edge = A.now().minus(STALE);
    assertTrue(
        find(Map.of("b", new Seen(T.minusSeconds(60), edge)), run).isEmpty(), "at the limit");
    assertTrue(find(Map.of("b", new Seen(T.minusSeconds(60), edge.plusSeconds(1))), run).isEmpty());
    List<Orphan> lost = find(Map.of("b", new Seen(T.minusSeconds(60), edge.minusSeconds(1))), run);
    assertEquals(1, lost.size());
    assertTrue(lost.get(0).reason().contains("last seen at " + edge.minusSeconds(1)));
    assertTrue(lost.get(0).reason().contains("more than 180 s before a looked"));
  }

  /** b died and came back before anyone noticed its silence: its runs from before are lost. */
  @Test
  void aRunOlderThanItsServersLatestStartIsLostAtOnce() {
    List<Orphan> lost =
        find(Map.of("b", new Seen(T.plusSeconds(60), A.now())), new Candidate(3, "b", T));
    assertEquals(1, lost.size());
    assertTrue(lost.get(0).reason().contains("it started again at " + T.plusSeconds(60)));
    assertTrue(
        find(
                Map.of("b", new Seen(T.plusSeconds(60), A.now())),
                new Candidate(4, "b", T.plusSeconds(61)))
            .isEmpty(),
        "a run b started since then is b's to run");
  }

  @Test
  void aServerThatNeverBeatIsJudgedByTheRunsAge() {
    assertTrue(find(Map.of(), new Candidate(5, "c", A.now().minusSeconds(10))).isEmpty());
    List<Orphan> lost = find(Map.of(), new Candidate(6, "c", A.now().minus(STALE).minusSeconds(1)));
    assertEquals(1, lost.size());
    assertTrue(lost.get(0).reason().contains("never reported alive"));
  }

  @Test
  void runsWithoutAServerAreLeftToTheBatchRuntime() {
    assertTrue(find(Map.of(), new Candidate(8, null, T.minusSeconds(86_400))).isEmpty());
  }

  @Test
  void theReasonFitsTheExitStatusColumns() {
    String longName = "h".repeat(200);
    Orphan o =
        OrphanedRuns.find(
                List.of(new Candidate(9, longName, T)),
                Map.of(longName, new Seen(T.minusSeconds(1), T)),
                new Observer(longName.replace('h', 'k'), T, A.now(), STALE))
            .get(0);
    assertTrue(o.reason().length() <= JobRun.EXIT_MAX, o.reason().length() + " characters");
  }

  @Test
  void onlyTheSchedulesOwnLostRunsRestartThemselves() {
    String gone = OrphanedRuns.SERVER_GONE + "server b stopped while this ran";
    assertTrue(RunRecovery.restartsItself(repaired("FAILED", gone, JobService.SCHEDULE)));
    assertFalse(RunRecovery.restartsItself(repaired("FAILED", gone, "manager")));
    assertFalse(
        RunRecovery.restartsItself(repaired("FAILED", gone, JobControl.AUTOMATIC_RESTART)),
        "a restart lost again is left to people");
    assertFalse(
        RunRecovery.restartsItself(repaired("COMPLETED", "COMPLETED", JobService.SCHEDULE)));
    assertFalse(RunRecovery.restartsItself(repaired("FAILED", "FAILED", JobService.SCHEDULE)));
  }

  private static OrphanRepair.Repaired repaired(String status, String exit, String by) {
    return new OrphanRepair.Repaired(1, "bksb-nightly", by, status, exit);
  }

  /**
   * Runs of this server whose listeners saw them end while the database was away (their end not
   * written): lost once the grace has passed, then restarted if the schedule started them.
   */
  @Test
  void ownRunsThatEndedUnrecordedAreLostAfterTheGrace() {
    Instant start = A.selfStarted().plusSeconds(5);
    List<Candidate> running =
        List.of(
            new Candidate(4, "a", start),
            new Candidate(5, "a", start),
            new Candidate(6, "b", start));
    Map<Long, Instant> ended =
        Map.of(
            4L,
            A.now().minusSeconds(60),
            5L,
            A.now().minusSeconds(10),
            6L,
            A.now().minusSeconds(60));
    List<Orphan> lost = OrphanedRuns.endedUnrecorded(running, ended, A, Duration.ofSeconds(30));
    assertEquals(
        List.of(4L),
        lost.stream().map(Orphan::executionId).toList(),
        "5 within the grace, 6 not ours");
    assertTrue(lost.get(0).reason().startsWith("DATABASE GONE: the database could not be reached"));
    assertTrue(
        lost.get(0).reason().endsWith("restart this execution to go on from its last checkpoint"));
    assertTrue(
        RunRecovery.restartsItself(
            new OrphanRepair.Repaired(
                4, "bksb-nightly", JobService.SCHEDULE, "FAILED", lost.get(0).reason())));
    assertTrue(
        RunRecovery.restartsItself(
            new OrphanRepair.Repaired(
                4,
                "bksb-nightly",
                JobService.SCHEDULE,
                "FAILED",
                OrphanedRuns.databaseGone(A.now()))));
    assertFalse(
        RunRecovery.restartsItself(
            new OrphanRepair.Repaired(
                4,
                "bksb-nightly",
                JobControl.AUTOMATIC_RESTART,
                "FAILED",
                OrphanedRuns.databaseGone(A.now()))),
        "a restart the database failed again waits for a person");
  }
}
