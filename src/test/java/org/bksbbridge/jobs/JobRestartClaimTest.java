package org.bksbbridge.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.bksbbridge.testing.SeDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The claim that lets one caller of many restart a run: taken in one update, so callers at once
 * (each its own connection, as on several servers) get it once; kept once the restart is made
 * (naming the new execution), given back when it was not, and taken over when a dead server left
 * it.
 */
class JobRestartClaimTest {
  private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");
  private static final Duration UNDER_WAY = JobControl.RESTART_UNDER_WAY;

  private SeDatabase db;

  @BeforeEach
  void stoppedRun() {
    db = new SeDatabase();
    in(
        runs -> {
          JobRun r = new JobRun(7, 3, "bksb-get-users", null, "admin", T0, null);
          r.ended("STOPPED", "STOPPED", T0.plusSeconds(5));
          runs.em.persist(r);
          return null;
        });
  }

  @AfterEach
  void close() {
    db.close();
  }

  /** Runs the work in a transaction of its own, on an EntityManager of its own. */
  private <T> T in(Function<JobRuns, T> work) {
    EntityManager em = db.newEntityManager();
    JobRuns runs = new JobRuns();
    runs.em = em;
    em.getTransaction().begin();
    try {
      T result = work.apply(runs);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  private JobRuns.RestartClaim claim(Instant now) {
    return in(runs -> runs.claimRestart(7, now, now.minus(UNDER_WAY)));
  }

  @Test
  void ofEightCallersAtOnceOneClaimsTheRestart() throws Exception {
    int n = 8;
    CyclicBarrier together = new CyclicBarrier(n);
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<JobRuns.RestartClaim>> answers = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        answers.add(
            pool.submit(
                () -> {
                  together.await();
                  return claim(T0.plusSeconds(60));
                }));
      }
      int claimed = 0;
      for (Future<JobRuns.RestartClaim> a : answers) {
        if (a.get().claimed()) {
          claimed++;
        } else {
          assertNull(a.get().restartedAs(), "under way, not made yet");
        }
      }
      assertEquals(1, claimed);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRestartMadeIsNotClaimedAgainAndNamesItsExecution() {
    assertTrue(claim(T0.plusSeconds(60)).claimed());
    in(
        runs -> {
          runs.restartSettled(7, 12L, T0.plusSeconds(61));
          return null;
        });
    JobRuns.RestartClaim again = claim(T0.plusSeconds(3600));
    assertFalse(again.claimed(), "made, however long ago");
    assertEquals(12L, again.restartedAs());
  }

  @Test
  void aRestartNotMadeGivesItsClaimBack() {
    assertTrue(claim(T0.plusSeconds(60)).claimed());
    assertFalse(claim(T0.plusSeconds(61)).claimed());
    in(
        runs -> {
          runs.restartSettled(7, null, T0.plusSeconds(62));
          return null;
        });
    assertTrue(claim(T0.plusSeconds(63)).claimed());
  }

  @Test
  void aClaimLeftByADeadServerIsTakenOverOnceStale() {
    assertTrue(claim(T0.plusSeconds(60)).claimed());
    assertFalse(claim(T0.plusSeconds(60).plus(UNDER_WAY)).claimed(), "not stale yet");
    assertTrue(claim(T0.plusSeconds(61).plus(UNDER_WAY)).claimed());
  }

  @Test
  void aRunNeverRecordedHasNothingToClaimOn() {
    assertTrue(in(runs -> runs.claimRestart(99, T0, T0.minus(UNDER_WAY))).claimed());
  }
}
