package org.bksbbridge.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class RepeatingTaskTest {
  /** Fails its first round; counts the rounds. */
  static class Flaky extends RepeatingTask {
    final ScheduledExecutorService on = Executors.newSingleThreadScheduledExecutor();
    final AtomicInteger rounds = new AtomicInteger();
    final CountDownLatch third = new CountDownLatch(3);
    final Rounds schedule;

    Flaky(Rounds schedule) {
      super(Logger.getLogger(RepeatingTaskTest.class.getName()));
      this.schedule = schedule;
      this.outages = new org.bksbbridge.persistence.DatabaseOutages();
    }

    @Override
    protected Rounds rounds() {
      return schedule;
    }

    @Override
    protected void round() {
      third.countDown();
      if (rounds.incrementAndGet() == 1) {
        throw new IllegalStateException(
            "the database is away", new java.sql.SQLException("refused", "08001"));
      }
    }

    @Override
    protected String failure() {
      return "a round failed";
    }

    @Override
    protected boolean needsSchema() {
      return false;
    }

    @Override
    protected ScheduledExecutorService executor() {
      return on;
    }
  }

  @Test
  void aFailedRoundDoesNotEndTheRounds() throws InterruptedException {
    Flaky t = new Flaky(RepeatingTask.Rounds.after(0, 10, TimeUnit.MILLISECONDS));
    t.contextInitialized(null);
    try {
      assertTrue(t.third.await(5, TimeUnit.SECONDS));
    } finally {
      t.contextDestroyed(null);
      t.on.shutdownNow();
    }
  }

  @Test
  void theFirstRoundFromNowRunsOnTheStartingThread() {
    Flaky t = new Flaky(RepeatingTask.Rounds.fromNow(1, TimeUnit.HOURS));
    java.time.Instant before = java.time.Instant.now();
    t.contextInitialized(null);
    try {
      assertEquals(1, t.rounds.get());
      assertTrue(
          t.outages.seenBetween(before, java.time.Instant.now()),
          "a round the database failed is reported as an outage (jobs failed meanwhile say so)");
    } finally {
      t.contextDestroyed(null);
      t.on.shutdownNow();
    }
  }
}
