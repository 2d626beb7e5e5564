package org.bksbbridge.testing;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.Transactional;

/**
 * What the server's JTA interceptor does for {@code @Transactional} (REQUIRED), done outside it
 * with the test's transaction manager: join a transaction under way, or run in a new one.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class SeTransactional {
  @Inject SeEnvironment env;

  @AroundInvoke
  public Object around(InvocationContext call) throws Exception {
    if (env.transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
      return call.proceed();
    }
    return inNewTransaction(env.transactions, call);
  }

  /** Runs the call in a transaction of its own on the test's transaction manager. */
  static Object inNewTransaction(SeTransactionManager transactions, InvocationContext call)
      throws Exception {
    transactions.begin();
    try {
      Object result = call.proceed();
      transactions.commit();
      return result;
    } catch (Exception e) {
      transactions.rollback();
      throw e;
    }
  }
}
