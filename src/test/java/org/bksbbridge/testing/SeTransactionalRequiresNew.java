package org.bksbbridge.testing;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.Transactional;

/**
 * {@code @Transactional(REQUIRES_NEW)} outside the server: a transaction of its own. The test's one
 * EntityManager per thread cannot suspend an outer transaction, so a call made inside one is
 * refused rather than silently joined.
 */
@Transactional(Transactional.TxType.REQUIRES_NEW)
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class SeTransactionalRequiresNew {
  @Inject SeEnvironment env;

  @AroundInvoke
  public Object around(InvocationContext call) throws Exception {
    SeTransactionManager transactions = env.transactions;
    if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
      throw new IllegalStateException(
          "REQUIRES_NEW inside a transaction is not supported outside the server: "
              + call.getMethod());
    }
    return SeTransactional.inNewTransaction(transactions, call);
  }
}
