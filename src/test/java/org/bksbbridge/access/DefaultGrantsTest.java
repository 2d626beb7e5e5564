package org.bksbbridge.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bksbbridge.schema.SchemaReady;
import org.bksbbridge.security.Caller;
import org.bksbbridge.testing.SeBatch;
import org.bksbbridge.testing.SeDatabase;
import org.junit.jupiter.api.Test;

/**
 * The defaults are written once per database, by one server, and stay as administrators left them.
 */
class DefaultGrantsTest {
  @Test
  void writtenOnceEvenWhenServersStartTogetherAndRemovedDefaultsStayRemoved() throws Exception {
    try (SeBatch batch = new SeBatch(new SeDatabase())) {
      // What the server's SchemaMigrator fires at start-up once the schema is migrated.
      CDI.current()
          .getBeanManager()
          .getEvent()
          .select(SchemaReady.class)
          .fire(new SchemaReady("2"));
      assertEquals(9, batch.db.count("select count(g) from Grant g"), "written at start-up");
      // A database as new again, and four servers starting on it at once.
      EntityManager em = batch.db.newEntityManager();
      em.getTransaction().begin();
      em.createQuery("delete from Grant g").executeUpdate();
      em.createQuery("delete from AccessSeed s").executeUpdate();
      em.getTransaction().commit();
      em.close();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<Boolean>> starts = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        starts.add(
            pool.submit(
                () -> {
                  try {
                    return CDI.current().select(DefaultGrants.class).get().seedOnce();
                  } catch (RuntimeException lostTheRace) {
                    return false;
                  }
                }));
      }
      int written = 0;
      for (Future<Boolean> f : starts) {
        written += f.get() ? 1 : 0;
      }
      pool.shutdown();
      assertEquals(1, written, "one server writes the defaults");
      assertEquals(9, batch.db.count("select count(g) from Grant g"), "7 for manager, 2 for tutor");

      Grants grants = CDI.current().select(Grants.class).get();
      grants.remove(GranteeKind.GROUP, "tutor", Grant.ALL_CENTRES);
      assertFalse(CDI.current().select(DefaultGrants.class).get().seedOnce());
      assertEquals(7, batch.db.count("select count(g) from Grant g"), "tutor's stay removed");

      grants.replace(
          GranteeKind.USER,
          "tutor.one",
          "DEMO",
          EnumSet.of(Command.BKSB_API_INTEGRATION, Command.LINK_BKSB_USERS),
          "admin",
          Instant.now());
      Effective mine =
          Effective.of(
              new Caller("tutor.one", Set.of("tutor")),
              grants.heldBy(new Caller("tutor.one", Set.of("tutor"))));
      assertTrue(mine.may(Command.LINK_BKSB_USERS, "DEMO"));
      assertFalse(mine.sees("NORTH"), "group tutor lost its defaults above");
      Effective manager =
          Effective.of(
              new Caller("mo", Set.of("manager")),
              grants.heldBy(new Caller("mo", Set.of("manager"))));
      assertTrue(manager.may(Command.RUN_BKSB_JOBS, "NORTH"));
      batch.db.close();
    }
  }
}
