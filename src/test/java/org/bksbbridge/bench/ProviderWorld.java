package org.bksbbridge.bench;

import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bksbbridge.learner.Learner;
import org.bksbbridge.learner.LearnerFields;
import org.bksbbridge.learner.LearnerKind;
import org.bksbbridge.learner.SystemStatus;
import org.bksbbridge.sandbox.SandboxFaults;
import org.bksbbridge.sandbox.SandboxGenerator;
import org.bksbbridge.sandbox.SandboxUser;
import org.bksbbridge.settings.SettingsFixture;
import org.bksbbridge.sync.users.GetUsersArtifacts;
import org.bksbbridge.testing.InProcessSandbox;
import org.bksbbridge.testing.SeBatch;
import org.bksbbridge.testing.SeDatabase;
import org.bksbbridge.testing.SeEnvironment;

/**
 * One provider at one scale: a sandbox account of n bksb users with 6 results each (bksb answering
 * every call after the latency), Derby on disk, and two centres on that account. MAIN has n
 * learners: 80% carry their bksb user's email, 10% their bksb user name, 10% an address bksb does
 * not know. NEVER has n learners none of whom bksb knows (the Unmatched report's worst case).
 */
final class ProviderWorld implements AutoCloseable {
  static final String MAIN = "NORTH";
  static final String NEVER = "SOUTH";

  final int n;
  final String url;
  final InProcessSandbox sandbox;
  final SeDatabase db;
  final SeBatch batch;

  ProviderWorld(int n, int latencyMs) throws Exception {
    this.n = n;
    Path dir = Files.createDirectories(Path.of("target", "bench", "db"));
    url = "jdbc:derby:" + dir.toAbsolutePath().resolve("provider-" + n + "-" + System.nanoTime());
    sandbox = new InProcessSandbox(new SandboxGenerator(15, n, 6));
    sandbox.state.faults(new SandboxFaults(0, 503, latencyMs, 0, 0));
    db = new SeDatabase(url + ";create=true");
    // Reports and refreshes check the caller's permissions: a signed-in caller with every role.
    batch =
        new SeBatch(
            new SeEnvironment(db).clock(Freshness.worldClock()),
            org.bksbbridge.testing.AdminCaller.class,
            BenchBksbClients.class);
    EntityManager em = db.newEntityManager();
    GetUsersArtifacts.twoCentresOneAccount(em, sandbox);
    SettingsFixture.options(em, MAIN, true, "{\"ENGLISH\":[\"eng\"],\"MATHS\":[\"maths\"]}", null);
    em.close();
  }

  /** Which way learner i of MAIN can be matched: 0 email, 1 user name, 2 not at all. */
  static int way(int i) {
    int m = i % 10;
    return m == 9 ? 2 : m == 8 ? 1 : 0;
  }

  /** Stores both centres' learners through JPA, 2,000 a transaction (setup, not measured). */
  void storeLearners() {
    EntityManager em = db.newEntityManager();
    em.getTransaction().begin();
    Instant now = Instant.now();
    LocalDate today = LocalDate.now();
    List<Learner> pending = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      SandboxUser u = sandbox.state.user(i).orElseThrow();
      // Starts spread over two years: about one in twelve started in the last 8 weeks.
      LocalDate start = today.minusDays(i % 730);
      int way = way(i);
      Learner main = new Learner(MAIN, "M" + i);
      main.apply(
          new LearnerFields(
              LearnerKind.LEARNER,
              u.firstName(),
              u.lastName(),
              way == 0 ? u.email() : way == 2 ? "m" + i + "@elsewhere.example.org" : null,
              way != 1,
              null,
              u.dateOfBirth(),
              SystemStatus.LIVE,
              start,
              null,
              way == 1,
              way == 1 ? u.username() : null),
          now);
      pending.add(main);
      Learner never = new Learner(NEVER, "S" + i);
      never.apply(
          new LearnerFields(
              LearnerKind.LEARNER,
              "Never" + i,
              "Known",
              "s" + i + "@nowhere.example.org",
              true,
              null,
              null,
              SystemStatus.LIVE,
              start,
              null,
              false,
              null),
          now);
      pending.add(never);
      if (pending.size() >= 2000) {
        pending.forEach(em::persist);
        pending.clear();
        em.getTransaction().commit();
        em.clear();
        em.getTransaction().begin();
      }
    }
    pending.forEach(em::persist);
    em.getTransaction().commit();
    em.close();
  }

  long count(String jpql) {
    return db.count(jpql);
  }

  /** The bksb users MAIN's learners are linked to. */
  List<Long> linkedUsers() {
    EntityManager em = db.newEntityManager();
    try {
      return em.createQuery(
              "select k.bksbUserId from BksbLink k where k.centreId = :c order by k.bksbUserId",
              Long.class)
          .setParameter("c", MAIN)
          .getResultList();
    } finally {
      em.close();
    }
  }

  long accountId() {
    return db.count("select max(a.id) from BksbAccount a");
  }

  /** Successful and failed calls the sandbox has answered since its stats were reset. */
  long calls() {
    return sandbox.state.stats().snapshot().values().stream()
        .mapToLong(m -> m.values().stream().mapToLong(Long::longValue).sum())
        .sum();
  }

  @Override
  public void close() {
    batch.close();
    db.close();
    sandbox.close();
    try {
      java.sql.DriverManager.getConnection(url + ";shutdown=true").close();
    } catch (java.sql.SQLException expected) {
      // Derby answers a shutdown with an exception; the files are then closed.
    }
  }
}
