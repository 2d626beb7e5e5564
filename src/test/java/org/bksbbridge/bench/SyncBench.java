package org.bksbbridge.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bksbbridge.learner.Learner;
import org.bksbbridge.learner.LearnerFields;
import org.bksbbridge.learner.LearnerKind;
import org.bksbbridge.learner.SystemStatus;
import org.bksbbridge.reports.UnmatchedExplainer;
import org.bksbbridge.reports.UnmatchedReport;
import org.bksbbridge.sandbox.SandboxGenerator;
import org.bksbbridge.sandbox.SandboxUser;
import org.bksbbridge.sync.users.GetUsersArtifacts;
import org.bksbbridge.testing.InProcessSandbox;
import org.bksbbridge.testing.SeBatch;
import org.bksbbridge.testing.SeDatabase;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * Get BKSB Users for 100,000 sandbox users over HTTP, then Match BKSB Users for 100,000 learners,
 * with the real JSL under JBeret SE and Derby on disk. Run with {@code mvn -Pbench test}.
 */
class SyncBench {
  private static final int USERS = Integer.getInteger("bench.users", 100_000);

  @Test
  void getUsersThenMatch() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "bench"));
    String url =
        "jdbc:derby:" + dir.toAbsolutePath().resolve("sync-" + System.nanoTime()) + ";create=true";
    try (InProcessSandbox sandbox = new InProcessSandbox(new SandboxGenerator(9, USERS, 0));
        SeDatabase db = new SeDatabase(url);
        SeBatch batch = new SeBatch(db)) {
      EntityManager em = db.newEntityManager();
      GetUsersArtifacts.twoCentresOneAccount(em, sandbox);
      em.close();

      long t0 = System.nanoTime();
      long users = batch.start("bksb-get-users", Map.of("pageSize", "500", "chunkSize", "500"));
      assertEquals(BatchStatus.COMPLETED, batch.await(users).getBatchStatus());
      double getUsers = (System.nanoTime() - t0) / 1e9;
      assertEquals(USERS, db.count("select count(u) from BksbUser u"));

      long t1 = System.nanoTime();
      long again = batch.start("bksb-get-users", Map.of("pageSize", "500", "chunkSize", "500"));
      assertEquals(BatchStatus.COMPLETED, batch.await(again).getBatchStatus());
      double unchanged = (System.nanoTime() - t1) / 1e9;

      // Learners of NORTH: each has the verified email of one bksb user (every tenth unverified).
      em = db.newEntityManager();
      em.getTransaction().begin();
      for (int i = 1; i <= USERS; i++) {
        SandboxUser u = sandbox.state.user(i).orElseThrow();
        Learner l = new Learner("NORTH", "N" + i);
        l.apply(
            new LearnerFields(
                LearnerKind.LEARNER,
                u.firstName(),
                u.lastName(),
                u.email(),
                i % 10 != 0,
                null,
                null,
                SystemStatus.LIVE,
                null,
                null,
                false,
                null),
            Instant.now());
        em.persist(l);
        if (i % 2000 == 0) {
          em.getTransaction().commit();
          em.clear();
          em.getTransaction().begin();
        }
      }
      em.getTransaction().commit();
      em.close();

      long t2 = System.nanoTime();
      long match =
          batch.start(
              "bksb-match-users",
              Map.of("centreId", "NORTH", "pageSize", "1000", "chunkSize", "500"));
      assertEquals(BatchStatus.COMPLETED, batch.await(match).getBatchStatus());
      double matching = (System.nanoTime() - t2) / 1e9;
      long links = db.count("select count(k) from BksbLink k");
      assertTrue(links >= USERS * 9L / 10 - 5, "links: " + links);

      // The BKSB Unmatched report's learners section: every unverified learner, with suggestions.
      long t3 = System.nanoTime();
      List<UnmatchedReport.Learner> unmatched =
          WeldContainer.current()
              .select(UnmatchedExplainer.class)
              .get()
              .explainAll("NORTH", db.count("select max(a.id) from BksbAccount a"));
      double report = (System.nanoTime() - t3) / 1e9;
      assertEquals(USERS - links, unmatched.size());

      System.out.printf(
          "BENCH get-users %,d users (%,d pages of 500 over HTTP): %.1f s, %,.0f users/s%n",
          USERS, (USERS + 499) / 500, getUsers, USERS / getUsers);
      System.out.printf("BENCH get-users again, nothing changed: %.1f s%n", unchanged);
      System.out.printf(
          "BENCH match %,d learners against %,d bksb users: %.1f s, %,.0f learners/s, %,d links%n",
          USERS, USERS, matching, USERS / matching, links);
      System.out.printf(
          "BENCH unmatched report, %,d learners explained with suggestions: %.1f s%n",
          unmatched.size(), report);
    }
  }
}
