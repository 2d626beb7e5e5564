package org.bksbbridge.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bksbbridge.testing.SeDatabase;
import org.junit.jupiter.api.Test;

/** Two servers, each with its own connection pool to one database, race for the same runs. */
class ScheduleClaimsTest {
  /** ScheduleStore's own transaction, as REQUIRES_NEW gives it in the server. */
  private static ScheduleClaims server(SeDatabase db) {
    ScheduleClaims claims = new ScheduleClaims();
    claims.em = db.current();
    claims.store =
        new ScheduleStore() {
          @Override
          public void insertClaim(String slot, String server, Instant now) {
            EntityManager own = db.newEntityManager();
            try {
              own.getTransaction().begin();
              own.persist(new ScheduleClaim(slot, server, now));
              own.getTransaction().commit();
            } finally {
              if (own.getTransaction().isActive()) {
                own.getTransaction().rollback();
              }
              own.close();
            }
          }
        };
    return claims;
  }

  @Test
  void eachRunIsClaimedByExactlyOneServer() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "claims"));
    String url =
        "jdbc:derby:" + dir.toAbsolutePath().resolve("db-" + System.nanoTime()) + ";create=true";
    int slots = 25;
    try (SeDatabase a = new SeDatabase(url);
        SeDatabase b = new SeDatabase(url)) {
      ExecutorService pool = Executors.newFixedThreadPool(6);
      List<Future<Boolean>> won = new ArrayList<>();
      for (int s = 0; s < slots; s++) {
        String slot = "incremental@2026-11-24T10:" + (10 + s);
        for (int t = 0; t < 6; t++) {
          SeDatabase db = t % 2 == 0 ? a : b;
          String name = t % 2 == 0 ? "server-a" : "server-b";
          Callable<Boolean> claim = () -> server(db).claim(slot, name, Instant.now());
          won.add(pool.submit(claim));
        }
      }
      int wins = 0;
      for (Future<Boolean> f : won) {
        wins += f.get() ? 1 : 0;
      }
      pool.shutdown();
      assertEquals(slots, wins, "one win per run, however many ticks race for it");
      assertEquals(slots, a.count("select count(c) from ScheduleClaim c"));
    }
  }
}
