package org.bksbbridge.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import org.bksbbridge.refusal.Refusal;

/**
 * Outside {@code @Transactional}'s interceptor (priority 200): where the method begins a
 * transaction of its own, opens a carrier for {@link RefusalCatcher} (inside, priority 1000) and
 * throws the refusal it carried out once the transaction has rolled back. A method that joins its
 * caller's transaction is left alone: that caller's boundary carries the refusal, and no
 * transaction of a batch chunk is ever marked to roll back here.
 */
@QuietRefusals
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RefusalCarrier implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The refusal of the boundary running on this thread, from the catcher to the carrier. */
  static final ThreadLocal<Carried> CARRIED = new ThreadLocal<>();

  static final class Carried {
    boolean used;
    Refusal refusal;
  }

  @Resource transient TransactionSynchronizationRegistry registry;

  @AroundInvoke
  public Object carry(InvocationContext ctx) throws Exception {
    if (!beginsTransaction(ctx)) {
      return ctx.proceed();
    }
    Carried outer = CARRIED.get();
    Carried mine = new Carried();
    CARRIED.set(mine);
    try {
      Object result = ctx.proceed();
      if (mine.refusal != null) {
        throw mine.refusal;
      }
      return result;
    } finally {
      CARRIED.set(outer);
    }
  }

  private boolean beginsTransaction(InvocationContext ctx) {
    Transactional tx = ctx.getMethod().getAnnotation(Transactional.class);
    if (tx == null) {
      tx = ctx.getMethod().getDeclaringClass().getAnnotation(Transactional.class);
    }
    if (tx == null) {
      return false;
    }
    return switch (tx.value()) {
      case REQUIRES_NEW, NOT_SUPPORTED -> true;
      case MANDATORY -> false;
      case REQUIRED, SUPPORTS, NEVER -> registry.getTransactionKey() == null;
    };
  }
}
