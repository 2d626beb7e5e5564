package org.bksbbridge.testing;

import jakarta.persistence.EntityTransaction;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The chunk transaction JBeret SE begins and commits, carried out on the thread's resource-local
 * EntityManager: what JTA does for the same JSL inside Liberty. It can also simulate a crash right
 * after the database committed a chunk but before the batch runtime stored the checkpoint, the
 * moment that tests "no duplicates on restart".
 */
public class SeTransactionManager implements TransactionManager {
  private final SeDatabase db;
  private final AtomicInteger commits = new AtomicInteger();
  private volatile int crashAfterCommit = -1;
  private volatile java.util.function.BooleanSupplier when;
  private volatile Runnable action;

  public SeTransactionManager(SeDatabase db) {
    this.db = db;
  }

  /** The n-th commit from now (1 = the next) writes its data, then fails as a crash would. */
  public void crashAfterCommit(int n) {
    commits.set(0);
    crashAfterCommit = n;
  }

  /**
   * After the first commit from now that makes {@code when} true, runs {@code action} once, on the
   * committing thread, before the batch runtime goes on: another user's change landing between two
   * chunks.
   */
  public void afterCommit(java.util.function.BooleanSupplier when, Runnable action) {
    this.action = action;
    this.when = when;
  }

  private EntityTransaction tx() {
    return db.current().getTransaction();
  }

  @Override
  public void begin() throws NotSupportedException {
    if (tx().isActive()) {
      throw new NotSupportedException("a transaction is already active on this thread");
    }
    tx().begin();
  }

  @Override
  public void commit() throws RollbackException, SystemException {
    EntityTransaction tx = tx();
    if (tx.getRollbackOnly()) {
      tx.rollback();
      db.current().clear();
      throw new RollbackException("marked for rollback");
    }
    tx.commit();
    // Like a container-managed persistence context, nothing stays managed past the transaction.
    db.current().clear();
    java.util.function.BooleanSupplier test = when;
    if (test != null && test.getAsBoolean()) {
      when = null;
      action.run();
    }
    if (commits.incrementAndGet() == crashAfterCommit) {
      crashAfterCommit = -1;
      throw new SystemException("simulated crash after the database commit");
    }
  }

  @Override
  public void rollback() {
    if (tx().isActive()) {
      tx().rollback();
    }
    db.current().clear();
  }

  @Override
  public void setRollbackOnly() {
    if (tx().isActive()) {
      tx().setRollbackOnly();
    }
  }

  @Override
  public int getStatus() {
    EntityTransaction tx = tx();
    if (!tx.isActive()) {
      return Status.STATUS_NO_TRANSACTION;
    }
    return tx.getRollbackOnly() ? Status.STATUS_MARKED_ROLLBACK : Status.STATUS_ACTIVE;
  }

  @Override
  public Transaction getTransaction() {
    return null;
  }

  @Override
  public void resume(Transaction t) throws InvalidTransactionException {
    throw new InvalidTransactionException("not supported outside the server");
  }

  @Override
  public void setTransactionTimeout(int seconds) {
    // Resource-local transactions have no timeout.
  }

  @Override
  public Transaction suspend() {
    return null;
  }
}
