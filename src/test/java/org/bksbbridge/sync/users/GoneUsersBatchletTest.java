package org.bksbbridge.sync.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.batch.runtime.context.JobContext;
import jakarta.persistence.PersistenceException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.List;
import org.bksbbridge.jobs.HeldChange;
import org.junit.jupiter.api.Test;

/** Marking gone users again after the database chose it as a deadlock's victim, and only then. */
class GoneUsersBatchletTest {
  /** Fails the first {@code failures} markings with {@code failure}, then marks 4 users. */
  private static GoneUsersBatchlet failing(int failures, RuntimeException failure) {
    GoneUsersBatchlet b = new GoneUsersBatchlet();
    b.job =
        (JobContext)
            Proxy.newProxyInstance(
                JobContext.class.getClassLoader(),
                new Class<?>[] {JobContext.class},
                (p, m, a) ->
                    switch (m.getName()) {
                      case "getJobName" -> "bksb-get-users";
                      case "getExecutionId", "getInstanceId" -> 1L;
                      default -> null;
                    });
    b.goneUsers =
        new GoneUsers() {
          int calls;

          @Override
          public Outcome markUnseen(HeldChange.JobRef run) {
            if (++calls <= failures) {
              throw failure;
            }
            return new Outcome(4, List.of());
          }
        };
    return b;
  }

  private static PersistenceException deadlock() {
    return new PersistenceException(
        "Exception [EclipseLink-4002]",
        new SQLTransactionRollbackException(
            "A lock could not be obtained due to a deadlock", "40001"));
  }

  @Test
  void aDeadlockIsTriedAgain() {
    assertEquals("MARKED_GONE_4", failing(2, deadlock()).process());
  }

  @Test
  void deadlocksTooOftenFailTheStep() {
    PersistenceException d = deadlock();
    assertSame(d, assertThrows(PersistenceException.class, () -> failing(3, d).process()));
  }

  @Test
  void anyOtherFailureIsNotTriedAgain() {
    PersistenceException broken =
        new PersistenceException(new SQLException("Table 'BKSB_USER' does not exist", "42X05"));
    GoneUsersBatchlet b = failing(1, broken);
    assertSame(broken, assertThrows(PersistenceException.class, b::process));
  }
}
