package org.bksbbridge.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.security.enterprise.SecurityContext;
import java.lang.reflect.Proxy;
import java.security.Principal;

/**
 * A signed-in caller in every role (so an admin, who may do everything in every centre), in place
 * of {@link NoCaller} where a test or benchmark calls services that check permissions.
 */
@ApplicationScoped
@Alternative
@Priority(2)
public class AdminCaller {
  public static final String NAME = "test-admin";

  @Produces
  SecurityContext security() {
    return (SecurityContext)
        Proxy.newProxyInstance(
            SecurityContext.class.getClassLoader(),
            new Class<?>[] {SecurityContext.class},
            (p, m, a) ->
                switch (m.getName()) {
                  case "isCallerInRole" -> Boolean.TRUE;
                  // Signed in: an anonymous caller sees no centre, whatever its roles.
                  case "getCallerPrincipal" -> (Principal) () -> NAME;
                  default -> null;
                });
  }
}
