package org.bksbbridge.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.inject.spi.CDI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bksbbridge.testing.SeBatch;
import org.bksbbridge.testing.SeDatabase;
import org.junit.jupiter.api.Test;

/**
 * Ticks of two servers race for the same runs: each thread has its own connection and its own
 * transaction around the claim, as each server's ticker would.
 */
class ScheduleClaimsTest {
  @Test
  void eachRunIsClaimedByExactlyOneTick() throws Exception {
    int slots = 25;
    int ticksPerSlot = 6;
    try (SeBatch batch = new SeBatch(new SeDatabase())) {
      ExecutorService pool = Executors.newFixedThreadPool(6);
      List<Future<Boolean>> won = new ArrayList<>();
      for (int s = 0; s < slots; s++) {
        String slot = "incremental@2026-11-24T10:" + (10 + s) + ":00Z";
        for (int t = 0; t < ticksPerSlot; t++) {
          String server = t % 2 == 0 ? "server-a" : "server-b";
          Callable<Boolean> claim =
              () ->
                  CDI.current()
                      .select(ScheduleClaims.class)
                      .get()
                      .claim(slot, server, Instant.now());
          won.add(pool.submit(claim));
        }
      }
      int wins = 0;
      for (Future<Boolean> f : won) {
        wins += f.get() ? 1 : 0;
      }
      pool.shutdown();
      assertEquals(slots, wins, "one win per run, however many ticks race for it");
      assertEquals(slots, batch.db.count("select count(c) from ScheduleClaim c"));

      ScheduleClaims claims = CDI.current().select(ScheduleClaims.class).get();
      claims.started("incremental@2026-11-24T10:10:00Z", 7L, "started");
      assertEquals(
          1,
          batch.db.count("select count(c) from ScheduleClaim c where c.executionId = 7"),
          "the start is recorded on the claim");
      assertEquals(slots, claims.forgetBefore(Instant.now().plusSeconds(60)));
      batch.db.close();
    }
  }
}
