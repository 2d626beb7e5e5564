package org.bksbbridge.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.batch.runtime.BatchStatus;
import jakarta.persistence.EntityManager;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.bksbbridge.centre.Centre;
import org.bksbbridge.learner.LearnerQuery;
import org.bksbbridge.learner.LearnerService;
import org.bksbbridge.testing.SeBatch;
import org.bksbbridge.testing.SeDatabase;
import org.bksbbridge.testing.SeEnvironment;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * Imports 100,000 CSV rows with the real JSL under JBeret SE into Derby on disk, then lists them.
 * Run with {@code mvn -Pbench test}; prints figures, asserts only correctness.
 */
class LearnerImportBench {
  private static final int ROWS = Integer.getInteger("bench.rows", 100_000);
  private static final String CENTRE = "BENCH";

  @Test
  void import100kRowsThenList() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "bench"));
    // In the ops directory, so the completed import does not delete it before the second run.
    Path csv = dir.resolve("ops/learners.csv");
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write("reference,firstName,lastName,email,emailVerified,dateOfBirth,startDate,kind\n");
      for (int i = 1; i <= ROWS; i++) {
        w.write(
            "R"
                + i
                + ",First"
                + i
                + ",Last"
                + (i % 5000)
                + ",p"
                + i
                + "@example.ac.uk,"
                + (i % 2 == 0)
                + ",2000-01-01,2025-09-01,"
                + (i % 10 == 0 ? "APPLICANT" : "")
                + "\n");
      }
    }
    String url =
        "jdbc:derby:" + dir.toAbsolutePath().resolve("db-" + System.nanoTime()) + ";create=true";
    try (SeDatabase db = new SeDatabase(url);
        SeBatch batch =
            new SeBatch(
                new SeEnvironment(db).importRoot(dir), org.bksbbridge.testing.AdminCaller.class)) {
      EntityManager em = db.newEntityManager();
      em.getTransaction().begin();
      Centre centre = new Centre(CENTRE);
      centre.setName("Bench College");
      em.persist(centre);
      em.getTransaction().commit();

      Map<String, String> params =
          Map.of("centreId", CENTRE, "file", csv.toString(), "format", "CSV");
      HeapSampler heap = new HeapSampler();
      long t0 = System.nanoTime();
      long first = batch.start("learner-import", params);
      assertEquals(BatchStatus.COMPLETED, batch.await(first).getBatchStatus());
      double insertSeconds = (System.nanoTime() - t0) / 1e9;
      long peak = heap.stop();
      assertEquals(ROWS, db.count("select count(l) from Learner l"));

      long t1 = System.nanoTime();
      long second = batch.start("learner-import", params);
      assertEquals(BatchStatus.COMPLETED, batch.await(second).getBatchStatus());
      double unchangedSeconds = (System.nanoTime() - t1) / 1e9;
      assertEquals(ROWS, db.count("select count(l) from Learner l"));

      report(
          "import %,d new rows: %.1f s, %,.0f rows/s, peak heap used %,d MB (file %,d MB)",
          ROWS, insertSeconds, ROWS / insertSeconds, peak >> 20, Files.size(csv) >> 20);
      report(
          "re-import the same %,d rows (no change): %.1f s, %,.0f rows/s",
          ROWS, unchangedSeconds, ROWS / unchangedSeconds);

      linkHalfWithResults(db);
      WeldContainer weld = WeldContainer.current();
      LearnerService learners = weld.select(LearnerService.class).get();
      summaries(db, weld.select(org.bksbbridge.learner.LearnerBksbSummaries.class).get());
      listing(learners, "first page", LearnerQuery.of(null, null, null, 1, 50));
      listing(learners, "first page of 500", LearnerQuery.of(null, null, null, 1, 500));
      listing(learners, "page 1000", LearnerQuery.of(null, null, null, 1000, 50));
      listing(learners, "eligible applicants", LearnerQuery.of(null, "APPLICANT", "true", 1, 50));
      listing(learners, "search 'last42'", LearnerQuery.of("last42", null, null, 1, 50));
      listing(learners, "search 'p99999@'", LearnerQuery.of("p99999@", null, null, 1, 50));
    }
  }

  /**
   * Links every other learner to a bksb user with an initial result in each subject, so listings
   * read links and latest levels as a synchronised centre's do.
   */
  private static void linkHalfWithResults(SeDatabase db) {
    long t = System.nanoTime();
    EntityManager em = db.newEntityManager();
    List<Long> ids =
        em.createQuery("select l.id from Learner l where l.centreId = :c order by l.id", Long.class)
            .setParameter("c", CENTRE)
            .getResultList();
    java.time.Instant now = java.time.Instant.now();
    java.time.LocalDateTime completed = java.time.LocalDateTime.of(2026, 10, 1, 9, 0);
    int linked = 0;
    em.getTransaction().begin();
    for (int i = 0; i < ids.size(); i += 2) {
      long user = i + 1;
      em.persist(
          new org.bksbbridge.link.BksbLink(
              CENTRE,
              ids.get(i),
              1,
              user,
              "user" + user,
              org.bksbbridge.link.MatchMethod.EMAIL,
              now,
              "bench"));
      int n = 0;
      for (org.bksbbridge.bksb.Subject subject :
          List.of(
              org.bksbbridge.bksb.Subject.ENGLISH,
              org.bksbbridge.bksb.Subject.MATHS,
              org.bksbbridge.bksb.Subject.ICT)) {
        em.persist(
            new org.bksbbridge.results.AssessmentResult(
                1,
                user,
                new org.bksbbridge.bksb.BksbResult(
                    user * 100 + n++,
                    org.bksbbridge.bksb.ResultType.INITIAL,
                    subject,
                    null,
                    org.bksbbridge.bksb.Level.LEVEL_1,
                    "Level 1",
                    null,
                    "Initial Assessment",
                    null,
                    null,
                    completed.plusDays(n)),
                now));
      }
      if (++linked % 5000 == 0) {
        em.getTransaction().commit();
        em.clear();
        em.getTransaction().begin();
      }
    }
    em.getTransaction().commit();
    em.close();
    report(
        "linked %,d learners with 3 results each: %.1f s", linked, (System.nanoTime() - t) / 1e9);
  }

  /** The listing's own share: links and latest levels of a page's learners (two queries). */
  private static void summaries(SeDatabase db, org.bksbbridge.learner.LearnerBksbSummaries s) {
    EntityManager em = db.newEntityManager();
    for (int size : new int[] {50, 500}) {
      List<Long> page =
          em.createQuery("select l.id from Learner l order by l.id desc", Long.class)
              .setMaxResults(size)
              .getResultList();
      List<Double> ms = new ArrayList<>();
      int levels = 0;
      for (int i = 0; i < 5; i++) {
        long t = System.nanoTime();
        s.links(page);
        levels = s.latestLevels(page).size();
        ms.add((System.nanoTime() - t) / 1e6);
      }
      Collections.sort(ms);
      report(
          "links and latest levels of %d learners (%d with results): median %.1f ms",
          size, levels, ms.get(2));
    }
    em.close();
  }

  private static void listing(LearnerService learners, String what, LearnerQuery q) {
    List<Double> ms = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < 5; i++) {
      long t = System.nanoTime();
      total = learners.search(CENTRE, q).total();
      ms.add((System.nanoTime() - t) / 1e6);
    }
    Collections.sort(ms);
    report(
        "list %-22s of %,d learners (with links and latest levels): median %.0f ms (total %,d)",
        what, ROWS, ms.get(2), total);
  }

  private static void report(String format, Object... args) {
    System.out.println("BENCH " + String.format(format, args));
  }

  /** Samples used heap every 20 ms on a daemon thread. */
  private static final class HeapSampler {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private volatile boolean running = true;
    private final Thread thread;

    HeapSampler() {
      System.gc();
      thread =
          new Thread(
              () -> {
                while (running) {
                  peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                  try {
                    Thread.sleep(20);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      thread.setDaemon(true);
      thread.start();
    }

    long stop() throws InterruptedException {
      running = false;
      thread.join();
      return peak.get();
    }
  }
}
