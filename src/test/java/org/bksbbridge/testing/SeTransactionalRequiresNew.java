package org.bksbbridge.testing;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.Transactional;

/**
 * {@code @Transactional(REQUIRES_NEW)} outside the server: a transaction of its own. Inside one
 * already, the thread's EntityManager (and its transaction) is set aside, as JTA suspends a
 * transaction, and put back after.
 */
@Transactional(Transactional.TxType.REQUIRES_NEW)
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class SeTransactionalRequiresNew {
  @Inject SeEnvironment env;

  @AroundInvoke
  public Object around(InvocationContext call) throws Exception {
    SeTransactionManager transactions = env.transactions;
    if (transactions.getStatus() == Status.STATUS_NO_TRANSACTION) {
      return SeTransactional.inNewTransaction(transactions, call);
    }
    jakarta.persistence.EntityManager outer = env.db.suspend();
    try {
      return SeTransactional.inNewTransaction(transactions, call);
    } finally {
      env.db.resume(outer);
    }
  }
}
