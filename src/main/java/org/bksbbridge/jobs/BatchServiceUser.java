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

  /**
   * Runs the action as the service user, signed in once for it; 503 when it cannot sign in (never
   * with its password). Callers put a request's batch calls into one action: each sign-in may be a
   * round trip to the registry (LDAP).
   */
  public <T> T call(PrivilegedExceptionAction<T> action) {
    Subject subject =
        signIn().orElseThrow(() -> Refusal.unavailable("jobs cannot run now: " + whyNot()));
    Outcome<T> outcome;
    try {
      outcome = asUser(subject, () -> Outcome.of(action));
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return outcome.get();
  }

  /**
   * What the action returned, or the unchecked exception it threw. WSSubject.doAs writes an FFDC
   * incident for every exception that leaves the action, as if the server had failed: refusals (a
   * busy account's 409, a 400) and the batch runtime's answers that callers turn into refusals
   * (JobExecutionAlreadyCompleteException, JobExecutionNotRunningException) are carried out of it
   * as values and thrown only here, where the callers and the API's mappers (which log anything
   * unexpected with a reference) handle them.
   */
  private record Outcome<T>(T value, RuntimeException thrown) {
    static <T> Outcome<T> of(PrivilegedExceptionAction<T> action) throws Exception {
      try {
        return new Outcome<>(action.run(), null);
      } catch (RuntimeException e) {
        return new Outcome<>(null, e);
      }
    }

    T get() {
      if (thrown != null) {
        throw thrown;
      }
      return value;
    }
  }

  private Optional<Subject> signIn() {
    return password.flatMap(p -> registry.subject(user, p));
  }

  private String whyNot() {
    return password.isEmpty()
        ? "no password for user " + user + " (set bksb.schedule.password)"
        : "the registry refused user " + user + " (bksb.schedule.user/password)";
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
