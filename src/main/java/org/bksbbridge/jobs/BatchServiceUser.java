package org.bksbbridge.jobs;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.Optional;
import javax.security.auth.Subject;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.security.RegistryLogin;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The registry user ({@code bksb.schedule.user}) that the application's batch work runs as. Only it
 * (and admins) hold Liberty's batch roles: people and programs start, restart and read jobs through
 * the API, which checks their own permissions first, and never through Liberty's batch API
 * directly. It logs in at every use, so a changed password or group takes effect.
 */
@jakarta.enterprise.context.ApplicationScoped
public class BatchServiceUser {
  /** Liberty's API for running code as a subject (batch checks the run-as subject it sets). */
  private static final String WS_SUBJECT = "com.ibm.websphere.security.auth.WSSubject";

  @jakarta.inject.Inject RegistryLogin registry;

  @jakarta.inject.Inject
  @ConfigProperty(name = "bksb.schedule.user", defaultValue = "bksb-scheduler")
  String user;

  @jakarta.inject.Inject
  @ConfigProperty(name = "bksb.schedule.password")
  Optional<String> password;

  public String name() {
    return user;
  }

  /** Why batch work cannot run as the service user now, or empty when it can. */
  public Optional<String> unavailable() {
    if (password.isEmpty()) {
      return Optional.of("no password for user " + user + " (set bksb.schedule.password)");
    }
    if (registry.subject(user, password.get()).isEmpty()) {
      return Optional.of("the registry refused user " + user + " (bksb.schedule.user/password)");
    }
    return Optional.empty();
  }

  /** Runs the action as the service user; 503 when it cannot sign in (never with its password). */
  public <T> T call(PrivilegedExceptionAction<T> action) {
    String why = unavailable().orElse(null);
    if (why != null) {
      throw Refusal.unavailable("jobs cannot run now: " + why);
    }
    Subject subject = registry.subject(user, password.get()).orElseThrow();
    try {
      return asUser(subject, action);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T asUser(Subject subject, PrivilegedExceptionAction<T> action)
      throws Exception {
    Method doAs =
        Class.forName(WS_SUBJECT).getMethod("doAs", Subject.class, PrivilegedExceptionAction.class);
    try {
      return (T) doAs.invoke(null, subject, action);
    } catch (InvocationTargetException e) {
      throw unwrapped(e);
    }
  }

  /** The action's own exception, without the layers reflection and WSSubject add around it. */
  private static Exception unwrapped(InvocationTargetException e) {
    Throwable t = e.getCause();
    if (t instanceof PrivilegedActionException p) {
      t = p.getException();
    } else if (t != null && t.getClass() == RuntimeException.class && t.getCause() != null) {
      t = t.getCause();
    }
    return t instanceof Exception ex ? ex : e;
  }
}
