package org.bksbbridge.testing;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * {@code @Transactional(NOT_SUPPORTED)} outside the server: the call runs outside the thread's
 * transaction (a chunk's), on an EntityManager of its own, as JTA would suspend it; what it commits
 * on its own stays committed whatever the suspended transaction does later.
 */
@Transactional(Transactional.TxType.NOT_SUPPORTED)
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class SeTransactionalNotSupported {
  @Inject SeEnvironment env;

  @AroundInvoke
  public Object around(InvocationContext call) throws Exception {
    SeDatabase db = env.db;
    EntityManager outer = db.suspend();
    try {
      return call.proceed();
    } finally {
      db.resume(outer);
    }
  }
}
