package org.bksbbridge.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.bksbbridge.refusal.Refusal;

/**
 * A write that lost to another made at the same moment: a versioned row changed since it was read,
 * a key inserted by the other, or the database rolling one back to break their lock wait. Nothing
 * of it was stored, and sending it again will work. Services flush through {@link #flush} so the
 * clash is their conflict, not a failure at the commit after they returned.
 */
public final class WriteClash {
  private WriteClash() {}

  /**
   * Writes what the transaction holds now; a clash becomes a {@link Refusal.Kind#CONFLICT} with
   * this message (the transaction then rolls back).
   */
  public static void flush(EntityManager em, String conflict) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw conflictOr(e, conflict);
    }
  }

  /**
   * What a service throws for a write that failed where it flushed itself: the conflict with this
   * message when it clashed with another, else the failure as it was.
   */
  public static RuntimeException conflictOr(PersistenceException failure, String conflict) {
    return clashed(failure) ? Refusal.conflict(conflict) : failure;
  }

  /** Whether the failure is a clash with another write rather than a fault. */
  public static boolean clashed(Throwable failure) {
    if (RolledBack.byDatabase(failure)) {
      return true;
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException
          || t instanceof java.sql.SQLIntegrityConstraintViolationException) {
        return true;
      }
      if (t instanceof SQLException s
          && s.getSQLState() != null
          && s.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }
}
