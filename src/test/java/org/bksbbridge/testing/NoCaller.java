package org.bksbbridge.testing;

import jakarta.enterprise.inject.Produces;
import jakarta.security.enterprise.SecurityContext;
import java.lang.reflect.Proxy;

/**
 * The caller of a job under JBeret SE: nobody, in no role. Lets services that also serve callers
 * (and so inject a SecurityContext) run inside SE jobs.
 */
@jakarta.enterprise.inject.Alternative
@jakarta.annotation.Priority(1)
public class NoCaller {
  @Produces
  SecurityContext security() {
    return (SecurityContext)
        Proxy.newProxyInstance(
            SecurityContext.class.getClassLoader(),
            new Class<?>[] {SecurityContext.class},
            (p, m, a) -> m.getReturnType() == boolean.class ? Boolean.FALSE : null);
  }
}
