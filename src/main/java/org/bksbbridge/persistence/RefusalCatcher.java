package org.bksbbridge.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.Serializable;
import java.lang.reflect.Array;
import org.bksbbridge.refusal.Refusal;

/**
 * Inside {@code @Transactional}'s interceptor, in the first call of a boundary {@link
 * RefusalCarrier} opened: a refusal marks the transaction (if any) to roll back and is handed to
 * the carrier instead of thrown through the server's transaction code; the method then returns its
 * type's empty value, which nobody sees (the carrier throws). Anything else is thrown as it was.
 */
@QuietRefusals
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class RefusalCatcher implements Serializable {
  private static final long serialVersionUID = 1L;

  @Resource transient TransactionSynchronizationRegistry registry;

  @AroundInvoke
  public Object catchRefusal(InvocationContext ctx) throws Exception {
    RefusalCarrier.Carried carried = RefusalCarrier.CARRIED.get();
    if (carried == null || carried.used) {
      return ctx.proceed();
    }
    carried.used = true;
    try {
      return ctx.proceed();
    } catch (Refusal refusal) {
      // A method outside a transaction (NOT_SUPPORTED) runs in a local unit of work of the
      // server's: nothing to roll back there, but its code would still report the refusal.
      if (registry.getTransactionKey() != null) {
        registry.setRollbackOnly();
      }
      carried.refusal = refusal;
      return emptyValue(ctx.getMethod().getReturnType());
    }
  }

  /** The type's default value: null, or the zero of a primitive (an array's first element). */
  private static Object emptyValue(Class<?> type) {
    return type.isPrimitive() && type != void.class
        ? Array.get(Array.newInstance(type, 1), 0)
        : null;
  }
}
