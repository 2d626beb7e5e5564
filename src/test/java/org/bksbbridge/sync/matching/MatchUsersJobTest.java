package org.bksbbridge.sync.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Map;
import org.bksbbridge.learner.Learner;
import org.bksbbridge.learner.LearnerFields;
import org.bksbbridge.learner.LearnerKind;
import org.bksbbridge.learner.SystemStatus;
import org.bksbbridge.link.BksbLink;
import org.bksbbridge.link.MatchMethod;
import org.bksbbridge.sandbox.SandboxGenerator;
import org.bksbbridge.sandbox.SandboxUser;
import org.bksbbridge.sync.users.GetUsersArtifacts;
import org.bksbbridge.testing.InProcessSandbox;
import org.bksbbridge.testing.SeBatch;
import org.bksbbridge.testing.SeDatabase;
import org.bksbbridge.testing.TestLearners;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** bksb-match-users under JBeret SE: each rule, ambiguity both ways, manual links, centres. */
class MatchUsersJobTest {
  private InProcessSandbox sandbox;
  private SeBatch batch;
  private long accountId;

  @BeforeEach
  void start() throws Exception {
    sandbox = new InProcessSandbox(new SandboxGenerator(5, 40, 0));
    SandboxUser seven = sandbox.state.user(7).orElseThrow();
    SandboxUser eight = sandbox.state.user(8).orElseThrow();
    // Two bksb users with one address: an email match would be a guess.
    sandbox.state.putUser(withEmail(seven, "shared@example.ac.uk"));
    sandbox.state.putUser(withEmail(eight, "shared@example.ac.uk"));
    batch = new SeBatch(new SeDatabase());
    accountId = GetUsersArtifacts.twoCentresWithUsers(batch, sandbox);
  }

  @AfterEach
  void stop() {
    batch.close();
    batch.db.close();
    sandbox.close();
  }

  private static SandboxUser withEmail(SandboxUser u, String email) {
    return new SandboxUser(
        u.userId(), u.username(), email, u.firstName(), u.lastName(), u.dateOfBirth());
  }

  private String email(long userId) {
    return sandbox.state.user(userId).orElseThrow().email();
  }

  private String username(long userId) {
    return sandbox.state.user(userId).orElseThrow().username();
  }

  private long learner(
      String centre,
      String ref,
      String email,
      boolean verified,
      String web,
      boolean flagged,
      String bksbName,
      SystemStatus status) {
    return TestLearners.store(
        batch.db,
        centre,
        ref,
        new LearnerFields(
            LearnerKind.LEARNER,
            "First",
            ref,
            email,
            verified,
            web,
            null,
            status,
            null,
            null,
            flagged,
            bksbName));
  }

  private long learner(String centre, String ref, String email, boolean verified) {
    return learner(centre, ref, email, verified, null, false, null, SystemStatus.LIVE);
  }

  private BksbLink link(long learnerId) {
    EntityManager em = batch.db.newEntityManager();
    try {
      return em.createQuery("select k from BksbLink k where k.learnerId = :l", BksbLink.class)
          .setParameter("l", learnerId)
          .getResultStream()
          .findFirst()
          .orElse(null);
    } finally {
      em.close();
    }
  }

  private void match() throws InterruptedException {
    match("2");
  }

  private void match(String partitions) throws InterruptedException {
    long id =
        batch.start(
            "bksb-match-users",
            Map.of("chunkSize", "3", "pageSize", "4", "partitions", partitions));
    assertEquals(BatchStatus.COMPLETED, batch.await(id).getBatchStatus());
  }

  /**
   * Partitions decide at once: learners of two slices naming one user give it one link, whichever
   * slice's chunk commits first (the other's insert fails on the unique key and is read again).
   */
  @Test
  void twoSlicesNamingOneUserLinkItOnce() throws Exception {
    long[] ids = new long[8];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = learner("NORTH", "S" + i, null, false, null, true, username(20), SystemStatus.LIVE);
    }
    match("4");
    assertEquals(
        1, batch.db.count("select count(k) from BksbLink k where k.bksbUserId = 20"), "one link");
  }

  /**
   * The rules' answers are read for a page of learners at once, before earlier chunks of the page
   * commit: a user linked by name in an earlier chunk must still not get a second link. (One
   * partition: in id order, the first learner to name a user wins.)
   */
  @Test
  void oneUserIsLinkedOnceAcrossChunksOfOnePage() throws Exception {
    long first = learner("NORTH", "R1", email(12), true);
    long byName = learner("NORTH", "R2", null, false, null, true, username(13), SystemStatus.LIVE);
    long sameUserByEmail = learner("NORTH", "R3", email(13), true);
    long after = learner("NORTH", "R4", email(14), true);

    long id =
        batch.start(
            "bksb-match-users", Map.of("chunkSize", "1", "pageSize", "10", "partitions", "1"));
    assertEquals(BatchStatus.COMPLETED, batch.await(id).getBatchStatus());

    assertEquals(12, link(first).getBksbUserId());
    assertEquals(MatchMethod.USERNAME, link(byName).getMethod());
    assertEquals(13, link(byName).getBksbUserId());
    assertNull(link(sameUserByEmail), "user 13 is linked in the centre already");
    assertEquals(14, link(after).getBksbUserId());
    assertEquals(MatchMethod.EMAIL, link(after).getMethod());
  }

  @Test
  void eachRuleAndNoGuesses() throws Exception {
    long byName = learner("NORTH", "A1", null, false, null, true, username(3), SystemStatus.LIVE);
    long unknownName =
        learner("NORTH", "A2", null, false, null, true, "nobody.here", SystemStatus.LIVE);
    long byWeb = learner("NORTH", "B1", null, false, username(4), true, null, SystemStatus.LIVE);
    long byEmail = learner("NORTH", "C1", email(5), true);
    long unverified = learner("NORTH", "C2", email(6), false);
    long twoUsers = learner("NORTH", "C3", "shared@example.ac.uk", true);
    long twinA = learner("NORTH", "C4", email(9), true);
    long twinB = learner("NORTH", "C5", email(9), true);
    long archived =
        learner("NORTH", "C6", email(11), true, null, false, null, SystemStatus.ARCHIVED);
    long south = learner("SOUTH", "S1", email(5), true);

    match();

    assertEquals(MatchMethod.USERNAME, link(byName).getMethod());
    assertEquals(3, link(byName).getBksbUserId());
    assertNull(link(unknownName));
    assertEquals(MatchMethod.WEB_USERNAME, link(byWeb).getMethod());
    assertEquals(4, link(byWeb).getBksbUserId());
    assertEquals(MatchMethod.EMAIL, link(byEmail).getMethod());
    assertEquals(5, link(byEmail).getBksbUserId());
    assertNull(link(unverified), "an unverified email proves nothing");
    assertNull(link(twoUsers), "two bksb users share the address");
    assertNull(link(twinA), "two learners share the address");
    assertNull(link(twinB));
    assertNull(link(archived), "not eligible");
    assertEquals(5, link(south).getBksbUserId(), "each centre matches its own learners");
    assertEquals(4, batch.db.count("select count(k) from BksbLink k"));
  }

  /**
   * The user-name rule reads a range's answers by comparing stored values; a name the MIS sent in
   * another case or with spaces is looked up alone, and matches all the same.
   */
  @Test
  void userNamesMatchWhateverTheirCase() throws Exception {
    long upper =
        learner(
            "NORTH",
            "U1",
            null,
            false,
            null,
            true,
            " " + username(7).toUpperCase(java.util.Locale.ROOT) + " ",
            SystemStatus.LIVE);
    long keyForm = learner("NORTH", "U2", null, false, null, true, username(8), SystemStatus.LIVE);
    long sameName = learner("NORTH", "U3", null, false, null, true, username(8), SystemStatus.LIVE);
    match("1");
    assertEquals(7, link(upper).getBksbUserId());
    assertEquals(MatchMethod.USERNAME, link(upper).getMethod());
    assertEquals(8, link(keyForm).getBksbUserId());
    assertNull(link(sameName), "user 8 is linked in the centre already");
  }

  @Test
  void aUserMissingFromTheListingIsFoundByName() throws Exception {
    sandbox.state.putUser(new SandboxUser(9_000, "late.joiner", null, "Late", "Joiner", null));
    long late = learner("NORTH", "L1", null, false, null, true, "late.joiner", SystemStatus.LIVE);
    match();
    assertEquals(9_000, link(late).getBksbUserId());
    assertEquals(1, batch.db.count("select count(u) from BksbUser u where u.bksbUserId = 9000"));
  }

  /** Two learners of one page naming a user the listing lacks: bksb is asked once, one link. */
  @Test
  void aUserMissingFromTheListingIsStoredOnceForTwoLearners() throws Exception {
    sandbox.state.putUser(new SandboxUser(9_001, "late.twin", null, "Late", "Twin", null));
    long first = learner("NORTH", "T1", null, false, null, true, "late.twin", SystemStatus.LIVE);
    long second = learner("NORTH", "T2", null, false, null, true, "late.twin", SystemStatus.LIVE);
    long id =
        batch.start(
            "bksb-match-users", Map.of("chunkSize", "3", "pageSize", "4", "partitions", "1"));
    assertEquals(BatchStatus.COMPLETED, batch.await(id).getBatchStatus());
    assertEquals(
        0, batch.metric(id, "match", Metric.MetricType.ROLLBACK_COUNT), "no duplicate user stored");
    assertEquals(9_001, link(first).getBksbUserId());
    assertNull(link(second), "user 9001 is linked in the centre already");
    assertEquals(1, batch.db.count("select count(u) from BksbUser u where u.bksbUserId = 9001"));
  }

  @Test
  void manualLinksAreKeptAndTheirBksbUserIsTaken() throws Exception {
    long manual = learner("NORTH", "M1", null, false);
    EntityManager em = batch.db.newEntityManager();
    em.getTransaction().begin();
    em.persist(
        new BksbLink(
            "NORTH",
            manual,
            accountId,
            10,
            username(10),
            MatchMethod.MANUAL,
            Instant.now(),
            "manager"));
    em.getTransaction().commit();
    em.close();
    long wouldMatch = learner("NORTH", "M2", email(10), true);
    match();
    assertEquals(MatchMethod.MANUAL, link(manual).getMethod());
    assertNull(link(wouldMatch), "user 10 is linked to another learner of the centre");
    assertEquals("AMBIGUOUS", explain(wouldMatch).reasonCode());
    assertEquals(
        "the bksb user is linked to another learner of the centre", explain(wouldMatch).detail());
  }

  @Test
  void aRestartAfterACrashAddsNoDuplicateLinks() throws Exception {
    for (int i = 1; i <= 20; i++) {
      learner("NORTH", "R" + i, email(i + 10), true);
    }
    // The claim, the partition plan, a chunk: then the crash.
    batch.transactions.crashAfterCommit(4);
    long first = batch.start("bksb-match-users", Map.of("chunkSize", "3", "pageSize", "4"));
    assertEquals(BatchStatus.FAILED, batch.await(first).getBatchStatus());
    assertTrue(batch.db.count("select count(k) from BksbLink k") < 20);
    assertEquals(BatchStatus.COMPLETED, batch.await(batch.restart(first)).getBatchStatus());
    assertEquals(20, batch.db.count("select count(k) from BksbLink k"));
    assertEquals(20, batch.db.count("select count(distinct k.learnerId) from BksbLink k"));
  }

  /**
   * A manager links a learner by hand while the job holds it in a chunk: that chunk's insert fails
   * and rolls back, and is read again without the learner. The other learners of the chunk and of
   * its range still link: the decisions that rolled back are not remembered as links.
   */
  @Test
  void aChunkRolledBackByAManualLinkIsRetriedWithoutIt() throws Exception {
    long[] ids = new long[9];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = learner("NORTH", "R" + (i + 1), email(i + 11), true);
    }
    long byHand = ids[4];
    batch.transactions.afterCommit(
        () -> batch.db.count("select count(k) from BksbLink k") == 3,
        () -> {
          EntityManager em = batch.db.newEntityManager();
          em.getTransaction().begin();
          em.persist(
              new BksbLink(
                  "NORTH",
                  byHand,
                  accountId,
                  15,
                  username(15),
                  MatchMethod.MANUAL,
                  Instant.now(),
                  "manager"));
          em.getTransaction().commit();
          em.close();
        });

    long id =
        batch.start(
            "bksb-match-users", Map.of("chunkSize", "3", "pageSize", "10", "partitions", "1"));
    var done = batch.await(id);

    assertEquals(BatchStatus.COMPLETED, done.getBatchStatus(), done.getExitStatus());
    assertEquals(1, batch.metric(id, "match", Metric.MetricType.ROLLBACK_COUNT), "one chunk");
    assertEquals(MatchMethod.MANUAL, link(byHand).getMethod(), "the manager's link is kept");
    for (int i = 0; i < ids.length; i++) {
      BksbLink k = link(ids[i]);
      assertTrue(k != null && k.getBksbUserId() == i + 11, "R" + (i + 1) + " linked to its user");
    }
    assertEquals(9, batch.db.count("select count(k) from BksbLink k where k.centreId = 'NORTH'"));
    // The rolled-back chunk's events went with it: one learner.linked for each link the job made.
    String linked = "select count(e) from MisEvent e where e.type = 'learner.linked'";
    assertEquals(8, batch.db.count(linked));
    assertEquals(
        8, batch.db.count(linked.replace("count(e)", "count(distinct e.learnerReference)")));
    assertEquals(0, batch.db.count(linked + " and e.learnerReference = 'R5'"), "linked by hand");
  }

  private org.bksbbridge.reports.UnmatchedReport.Learner explain(long learnerId) {
    EntityManager em = batch.db.newEntityManager();
    try {
      Learner l = em.find(Learner.class, learnerId);
      var container = org.jboss.weld.environment.se.WeldContainer.current();
      var explainer = container.select(org.bksbbridge.reports.UnmatchedExplainer.class).get();
      var alone = explainer.explain("NORTH", accountId, l);
      var chunk =
          em
              .createQuery("select l from Learner l where l.centreId = 'NORTH'", Learner.class)
              .getResultList()
              .stream()
              .map(Learner::fields)
              .toList();
      // The report reads the rules' answers for a page of learners at once: the same explanation.
      PageMatches page =
          PageMatches.read(container.select(MatchLookups.class).get(), "NORTH", accountId, chunk);
      assertEquals(alone, explainer.explain("NORTH", accountId, l, page));
      // ... and the look-alikes of a whole chunk of learners at once: the same suggestions.
      LookAlikes alike =
          LookAlikes.read(container.select(MatchLookups.class).get(), "NORTH", accountId, chunk);
      assertEquals(alone, explainer.explain("NORTH", accountId, l, page, alike));
      return alone;
    } finally {
      em.close();
    }
  }

  private long person(
      String ref, String first, String last, String email, java.time.LocalDate dob) {
    return TestLearners.store(
        batch.db,
        "NORTH",
        ref,
        TestLearners.live(LearnerKind.LEARNER, first, last, email, true, dob, null));
  }

  @Test
  void theUnmatchedReportSaysWhyAndSuggests() throws Exception {
    long noEmail = learner("NORTH", "U1", null, false);
    long unverified = learner("NORTH", "U2", email(6), false);
    long twoUsers = learner("NORTH", "U3", "shared@example.ac.uk", true);
    long twinA = learner("NORTH", "U4", email(9), true);
    learner("NORTH", "U5", email(9), true);
    long unknownName =
        learner("NORTH", "U6", null, false, null, true, "nobody.here", SystemStatus.LIVE);
    SandboxUser twelve = sandbox.state.user(12).orElseThrow();
    // first.last12@... in bksb; the MIS holds FirstLast12+mis@...: loosely the same address.
    String looseEmail = twelve.username().replace(".", "") + "+mis@learners.example.ac.uk";
    long loose = learner("NORTH", "U7", looseEmail, true);
    SandboxUser thirteen = sandbox.state.user(13).orElseThrow();
    long samePerson =
        person(
            "U8",
            thirteen.firstName(),
            thirteen.lastName(),
            "other@example.ac.uk",
            thirteen.dateOfBirth());
    match();

    assertEquals("NO_EMAIL", explain(noEmail).reasonCode());
    assertEquals("EMAIL_NOT_VERIFIED", explain(unverified).reasonCode());
    assertEquals("AMBIGUOUS", explain(twoUsers).reasonCode());
    assertEquals("2 bksb users have this email", explain(twoUsers).detail());
    assertEquals("another learner of the centre has this email", explain(twinA).detail());
    assertEquals("USERNAME_NOT_FOUND", explain(unknownName).reasonCode());
    var looseReport = explain(loose);
    assertEquals("NO_BKSB_USER_WITH_EMAIL", looseReport.reasonCode());
    assertEquals(12, looseReport.suggestions().get(0).bksbUserId());
    assertEquals(
        "same email ignoring case, dots and +tags", looseReport.suggestions().get(0).why());
    var personReport = explain(samePerson);
    assertEquals(13, personReport.suggestions().get(0).bksbUserId());
    assertEquals("same name and date of birth", personReport.suggestions().get(0).why());

    // The report pages through the centre: the same answers as one by one.
    java.util.Map<String, org.bksbbridge.reports.UnmatchedReport.Learner> report =
        org.jboss.weld.environment.se.WeldContainer.current()
            .select(org.bksbbridge.reports.UnmatchedExplainer.class)
            .get()
            .explainAll("NORTH", accountId)
            .stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    org.bksbbridge.reports.UnmatchedReport.Learner::reference, l -> l));
    for (long id :
        new long[] {noEmail, unverified, twoUsers, twinA, unknownName, loose, samePerson}) {
      var alone = explain(id);
      assertEquals(alone, report.get(alone.reference()));
    }
  }
}
