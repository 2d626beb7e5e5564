package org.bksbbridge.schedule;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import javax.security.auth.Subject;
import org.bksbbridge.security.RegistryLogin;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts a scheduled job as the schedule's own registry user ({@code bksb.schedule.user}, in the
 * batchSubmitter role): a timer has no caller, and Liberty's batch security refuses a job start
 * without one. The user logs in at every start, so a changed password or group takes effect.
 */
@ApplicationScoped
public class ScheduledStart {
  /** Liberty's API for running code as a subject (batch checks the run-as subject it sets). */
  private static final String WS_SUBJECT = "com.ibm.websphere.security.auth.WSSubject";

  /** Jobs that write what bksb-nightly writes: one of them running, a scheduled run waits. */
  static final List<String> SYNC_JOBS =
      List.of("bksb-nightly", "bksb-get-users", "bksb-match-users", "bksb-get-assessments");

  @Inject JobOperator operator;
  @Inject RegistryLogin registry;

  @Inject
  @ConfigProperty(name = "bksb.schedule.user", defaultValue = "bksb-scheduler")
  String user;

  @Inject
  @ConfigProperty(name = "bksb.schedule.password")
  Optional<String> password;

  /** Starts the job, or says why not (never with the password in the message). */
  public Outcome start(String job, Map<String, String> params) {
    if (password.isEmpty()) {
      // A server without the password still runs; only its scheduled starts are refused.
      return Outcome.notStarted(
          "not started: no password for user " + user + " (set bksb.schedule.password)");
    }
    Subject subject = registry.subject(user, password.get()).orElse(null);
    if (subject == null) {
      return Outcome.notStarted(
          "not started: the registry refused user " + user + " (bksb.schedule.user/password)");
    }
    try {
      return asUser(
          subject,
          () -> {
            for (String sync : SYNC_JOBS) {
              List<Long> running = running(sync);
              if (!running.isEmpty()) {
                return new Outcome(
                    null,
                    "not started: " + sync + " execution " + running.get(0) + " still runs",
                    true);
              }
            }
            Properties p = new Properties();
            p.putAll(params);
            return new Outcome(operator.start(job, p), "started as " + user, false);
          });
    } catch (Exception e) {
      return Outcome.notStarted("not started: " + e);
    }
  }

  /**
   * What a scheduled start did: executionId is null when nothing started, and busy says that was
   * because a sync job still runs.
   */
  public record Outcome(Long executionId, String message, boolean busy) {
    static Outcome notStarted(String why) {
      return new Outcome(null, why, false);
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

  private List<Long> running(String job) {
    try {
      return operator.getRunningExecutions(job);
    } catch (NoSuchJobException neverRan) {
      return List.of();
    }
  }

  private static Outcome asUser(Subject subject, PrivilegedExceptionAction<Outcome> action)
      throws Exception {
    Method doAs =
        Class.forName(WS_SUBJECT).getMethod("doAs", Subject.class, PrivilegedExceptionAction.class);
    try {
      return (Outcome) doAs.invoke(null, subject, action);
    } catch (InvocationTargetException e) {
      throw unwrapped(e);
    }
  }
}
