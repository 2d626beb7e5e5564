package org.bksbbridge.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.inject.spi.CDI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bksbbridge.learner.LearnerFields;
import org.bksbbridge.learner.LearnerKind;
import org.bksbbridge.learner.SystemStatus;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.sandbox.SandboxGenerator;
import org.bksbbridge.sync.users.GetUsersArtifacts;
import org.bksbbridge.testing.InProcessSandbox;
import org.bksbbridge.testing.SeBatch;
import org.bksbbridge.testing.SeDatabase;
import org.bksbbridge.testing.TestLearners;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pending creation is the claim that makes "never twice" hold for an email too: of learners
 * with one email whose accounts are asked for at once, one gets the claim (and then calls bksb);
 * the others are refused before anything is sent to bksb.
 */
class PendingCreationsTest {
  private InProcessSandbox sandbox;
  private SeBatch batch;
  private long account;
  private PendingCreations pendings;

  @BeforeEach
  void start() throws Exception {
    sandbox = new InProcessSandbox(new SandboxGenerator(7, 30, 0));
    batch = new SeBatch(new SeDatabase());
    account = GetUsersArtifacts.twoCentresWithUsers(batch, sandbox);
    pendings = CDI.current().select(PendingCreations.class).get();
  }

  @AfterEach
  void stop() {
    batch.close();
    batch.db.close();
    sandbox.close();
  }

  private AccountRequest learner(String ref, String email) {
    long id =
        TestLearners.store(
            batch.db,
            "NORTH",
            ref,
            new LearnerFields(
                LearnerKind.LEARNER,
                "Ada",
                "Love " + ref,
                email,
                false,
                null,
                null,
                SystemStatus.LIVE,
                null,
                null,
                false,
                null));
    return new AccountRequest(
        "NORTH", id, ref, "Ada", "Love " + ref, email, null, "ada." + ref.toLowerCase());
  }

  private long pendingRows() {
    return batch.db.count("select count(p) from PendingCreation p");
  }

  @Test
  void ofEightLearnersWithOneEmailStartingAtOnceOneGetsTheClaim() throws Exception {
    int n = 8;
    List<AccountRequest> requests = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      // One email however it is written: the claim is on its normalised form.
      requests.add(learner("E" + i, (i % 2 == 0 ? "Same@Example.ac.uk" : " same@example.ac.uk")));
    }
    CyclicBarrier together = new CyclicBarrier(n);
    ExecutorService pool = Executors.newFixedThreadPool(n);
    List<Future<Refusal>> answers = new ArrayList<>();
    try {
      for (AccountRequest r : requests) {
        answers.add(
            pool.submit(
                () -> {
                  together.await();
                  try {
                    pendings.start(r, account, "test", null);
                    return null;
                  } catch (Refusal refused) {
                    return refused;
                  }
                }));
      }
      int claimed = 0;
      for (Future<Refusal> a : answers) {
        Refusal refused = a.get();
        if (refused == null) {
          claimed++;
        } else {
          assertEquals(Refusal.Kind.CONFLICT, refused.kind(), refused.getMessage());
        }
      }
      assertEquals(1, claimed, "exactly one creation may go on to bksb");
      assertEquals(1, pendingRows());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anotherLearnersCreationWithTheEmailUnderWayIsAConflictAtTheEmail() {
    pendings.start(learner("A1", "twin@example.ac.uk"), account, "test", null);
    Refusal refused =
        assertThrows(
            Refusal.class,
            () -> pendings.start(learner("A2", "TWIN@example.ac.uk"), account, "test", null));
    assertEquals(Refusal.Kind.CONFLICT, refused.kind());
    assertTrue(refused.fields().containsKey("email"), refused.fields().toString());
    assertTrue(refused.getMessage().contains("as ada.a1"), refused.getMessage());
    assertEquals(1, pendingRows());
  }

  @Test
  void aBksbUserWithTheEmailMadeSinceTheChecksIsAConflictAndNothingIsClaimed() {
    String taken =
        batch
            .db
            .newEntityManager()
            .createQuery(
                "select u.emailKey from BksbUser u where u.accountId = :a and u.emailKey is not null",
                String.class)
            .setParameter("a", account)
            .setMaxResults(1)
            .getSingleResult();
    Refusal refused =
        assertThrows(
            Refusal.class, () -> pendings.start(learner("B1", taken), account, "test", null));
    assertEquals(Refusal.Kind.CONFLICT, refused.kind());
    assertTrue(refused.getMessage().contains("link the learner to them"), refused.getMessage());
    assertEquals(0, pendingRows(), "the claim rolled back with the refusal");
  }

  @Test
  void theSameLearnersNextTryTakesItsOwnClaimOverAndTheEmailIsFreeOnceRemoved() {
    AccountRequest first = learner("C1", "c@example.ac.uk");
    pendings.start(first, account, "test", null);
    PendingCreation seen = pendings.find(first.learnerId()).orElseThrow();
    pendings.start(first.withUsername("ada.c1.2"), account, "test", seen);
    assertEquals("ada.c1.2", pendings.find(first.learnerId()).orElseThrow().getUsername());

    pendings.forget(first.learnerId());
    pendings.start(learner("C2", "c@example.ac.uk"), account, "test", null);
    assertEquals(1, pendingRows());
  }
}
