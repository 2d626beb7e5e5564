package org.bksbbridge.sync.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.inject.spi.CDI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bksbbridge.jobs.HeldChangeDecisions;
import org.bksbbridge.jobs.HeldChangeView;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.sandbox.SandboxGenerator;
import org.bksbbridge.sandbox.SandboxUser;
import org.bksbbridge.testing.AdminCaller;
import org.bksbbridge.testing.InProcessSandbox;
import org.bksbbridge.testing.SeBatch;
import org.bksbbridge.testing.SeDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mass-change guard (issue 26): a bksb listing that shrinks from 300 users to 30 marks nobody
 * gone; the change is held, and approving applies exactly it, once.
 */
class GoneGuardJobTest {
  private static final int USERS = 300;
  private InProcessSandbox sandbox;
  private SeBatch batch;
  private HeldChangeDecisions decisions;

  @BeforeEach
  void start() throws Exception {
    sandbox = new InProcessSandbox(new SandboxGenerator(3, USERS, 0));
    batch = new SeBatch(new SeDatabase(), AdminCaller.class);
    GetUsersArtifacts.twoCentresWithUsers(batch, sandbox);
    decisions = CDI.current().select(HeldChangeDecisions.class).get();
  }

  @AfterEach
  void stop() {
    batch.close();
    batch.db.close();
    sandbox.close();
  }

  private JobExecution run() throws InterruptedException {
    JobExecution done = batch.await(batch.start("bksb-get-users", Map.of("pageSize", "100")));
    assertEquals(BatchStatus.COMPLETED, done.getBatchStatus(), done.getExitStatus());
    return done;
  }

  private long gone() {
    return batch.db.count("select count(u) from BksbUser u where u.gone = true");
  }

  /** bksb lists 30 of its 300 users: ids 1 to 30. */
  private List<SandboxUser> shrink() {
    List<SandboxUser> removed = new ArrayList<>();
    for (long id = 31; id <= USERS; id++) {
      removed.add(sandbox.state.user(id).orElseThrow());
      sandbox.state.deleteUser(id);
    }
    return removed;
  }

  @Test
  void aListingThatShrinksTo30Of300IsHeldAndApprovingMarksExactlyThe270() throws Exception {
    shrink();
    JobExecution held = run();
    assertTrue(
        held.getExitStatus().startsWith("HELD 270 of 300 users of bksb account"),
        held.getExitStatus());
    assertEquals(0, gone(), "nothing marked while held");
    HeldChangeView view = decisions.ofExecution(held.getExecutionId()).get(0);
    assertEquals(270, view.affected());
    assertEquals(300, view.total());
    assertEquals(List.of("NORTH", "SOUTH"), view.centreIds());
    assertFalse(view.sample().isBlank(), "a sample of names");
    assertEquals(1, decisions.pending(null).size());
    assertEquals(1, decisions.pending("NORTH").size());

    HeldChangeView approved = decisions.approve(held.getExecutionId(), null);
    assertEquals("APPROVED", approved.status());
    assertEquals(270, approved.applied());
    assertEquals(AdminCaller.NAME, approved.decidedBy());
    assertEquals(270, gone());
    assertEquals(
        0,
        batch.db.count(
            "select count(u) from BksbUser u where u.gone = true and u.bksbUserId <= 30"));
    assertEquals(List.of(), decisions.pending(null), "decided: nothing pending");
    Refusal again =
        assertThrows(Refusal.class, () -> decisions.approve(held.getExecutionId(), null));
    assertEquals(Refusal.Kind.CONFLICT, again.kind());
  }

  @Test
  void discardingMarksNoneAndALaterRunSupersedesWhatWasHeld() throws Exception {
    List<SandboxUser> removed = shrink();
    JobExecution first = run();
    // bksb lists one of them again: the next run holds 269, and the first hold is settled.
    sandbox.state.putUser(removed.get(0));
    JobExecution second = run();
    assertTrue(second.getExitStatus().startsWith("HELD 269 of 300"), second.getExitStatus());
    Refusal superseded =
        assertThrows(Refusal.class, () -> decisions.approve(first.getExecutionId(), null));
    assertEquals(Refusal.Kind.CONFLICT, superseded.kind());
    assertTrue(superseded.getMessage().contains("superseded"), superseded.getMessage());

    HeldChangeView discarded = decisions.discard(second.getExecutionId(), null);
    assertEquals("DISCARDED", discarded.status());
    assertEquals(null, discarded.applied());
    assertEquals(0, gone());
  }

  @Test
  void twoApprovalsAtOnceApplyItOnce() throws Exception {
    shrink();
    long execution = run().getExecutionId();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService two = Executors.newFixedThreadPool(2);
    Callable<Object> approve =
        () -> {
          go.await();
          try {
            return decisions.approve(execution, null);
          } catch (Refusal r) {
            return r;
          }
        };
    try {
      Future<Object> a = two.submit(approve);
      Future<Object> b = two.submit(approve);
      go.countDown();
      List<Object> outcomes = List.of(a.get(), b.get());
      assertEquals(
          1, outcomes.stream().filter(HeldChangeView.class::isInstance).count(), "one applies");
      Refusal lost =
          (Refusal) outcomes.stream().filter(Refusal.class::isInstance).findFirst().orElseThrow();
      assertEquals(Refusal.Kind.CONFLICT, lost.kind());
    } finally {
      two.shutdownNow();
    }
    assertEquals(270, gone());
  }

  @Test
  void aFewUsersGoneAreMarkedAtOnce() throws Exception {
    // 19 of 300: under the guard's minimum of 20.
    for (long id = 282; id <= USERS; id++) {
      sandbox.state.deleteUser(id);
    }
    JobExecution done = run();
    assertFalse(done.getExitStatus().startsWith("HELD"), done.getExitStatus());
    assertEquals(19, gone());
    assertEquals(List.of(), decisions.pending(null));
  }
}
