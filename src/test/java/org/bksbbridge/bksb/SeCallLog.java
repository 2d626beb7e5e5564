package org.bksbbridge.bksb;

import jakarta.persistence.EntityManager;
import org.bksbbridge.testing.SeDatabase;

/**
 * The call log's recording outside the server: each call committed on an EntityManager of its own,
 * as the server's {@code REQUIRES_NEW} does. {@link CallLog#record} itself cannot run there: the
 * calling thread is inside a chunk transaction that the test's one EntityManager per thread cannot
 * suspend.
 */
public final class SeCallLog implements CallRecorder {
  private final SeDatabase db;

  public SeCallLog(SeDatabase db) {
    this.db = db;
  }

  @Override
  public void record(BksbCall call) {
    EntityManager em = db.newEntityManager();
    try {
      em.getTransaction().begin();
      em.persist(new CallLogEntry(call));
      em.getTransaction().commit();
    } finally {
      em.close();
    }
  }
}
