package org.bksbbridge.jobs;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobStartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.tracing.JobTraces;

/** Starts the application's jobs and reports on their executions. */
@ApplicationScoped
public class JobService {
  /** The jobs this application defines; anything else is not ours to start or show. */
  public static final Set<String> JOBS =
      Set.of(
          "learner-import",
          "bksb-get-users",
          "bksb-match-users",
          "bksb-get-assessments",
          "bksb-nightly",
          "bksb-create-users");

  /** Jobs a person or an MIS may start through the API; imports start with their upload. */
  public static final Set<String> STARTABLE =
      Set.of(
          "bksb-get-users",
          "bksb-match-users",
          "bksb-get-assessments",
          "bksb-nightly",
          "bksb-create-users");

  @Inject JobOperator operator;
  @Inject BatchServiceUser serviceUser;
  @Inject Instance<JobStartCheck> checks;
  @Inject CentreAccess access;
  @Inject SkippedRowStore skipped;
  @Inject JobCounters counters;
  @Inject HeldChangeDecisions held;
  @Inject JobTraces traces;

  /** The job parameter naming the one centre a job works for; absent: all centres. */
  public static final String CENTRE = "centreId";

  /** The job parameter naming who started (or restarted) a run, for the jobs console. */
  public static final String STARTED_BY = "startedBy";

  /** Who started a run the schedule started. */
  public static final String SCHEDULE = "the schedule";

  /** The exit status of a job that refused to run (its parameters, or a busy bksb account). */
  public static final String REFUSED = "REFUSED ";

  private static final java.time.Duration CHECKS_WAIT = java.time.Duration.ofSeconds(10);
  private static final Set<BatchStatus> RUNNING =
      Set.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

  /** Liberty's job repository rolled back concurrent starts (2 of 3 at once answered 500). */
  private final Object starting = new Object();

  /**
   * Starts as the batch service user, once the feature's checks pass (the caller's own permission
   * was checked by the service that calls this).
   */
  public long start(String jobName, Properties params) {
    if (!JOBS.contains(jobName)) {
      throw Refusal.invalid("jobName", "unknown job " + jobName);
    }
    params.setProperty(STARTED_BY, startedBy());
    return launch(
        jobName,
        params,
        () -> {
          try {
            return operator.start(jobName, params);
          } catch (JobStartException e) {
            throw Refusal.unavailable("job " + jobName + " could not start now: try again");
          }
        });
  }

  /** How a run is launched: started anew, or restarted from an execution. */
  interface Launch {
    long run() throws Exception;
  }

  /**
   * Launches a run as the batch service user once the feature's checks pass, and answers once it is
   * past its own checks. One server launches one run at a time, checks included: two starts (or
   * restarts) of the same sync no longer both pass the checks before either claimed its accounts.
   */
  long launch(String jobName, Properties params, Launch launch) {
    // A restart's parameters are its first run's: the trace is the restarter's, not that one's.
    params.keySet().removeIf(k -> k.equals(JobTraces.TRACEPARENT) || k.equals("tracestate"));
    traces.carry(params);
    synchronized (starting) {
      return serviceUser.call(
          () -> {
            checks.forEach(c -> c.check(jobName, params));
            long id = launch.run();
            awaitChecked(id);
            return id;
          });
    }
  }

  /**
   * Waits (briefly) until the job is past its own checks, which it makes before its first step: a
   * start refused there (a sync job holding the same bksb account, started a moment earlier) is
   * answered 409 now, and the next start through this server sees the claim this one took.
   */
  private void awaitChecked(long id) {
    long deadline = System.nanoTime() + CHECKS_WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      JobExecution e;
      boolean stepsStarted;
      try {
        e = operator.getJobExecution(id);
        stepsStarted = !operator.getStepExecutions(id).isEmpty();
      } catch (RuntimeException unreadable) {
        // The job started: its id is the answer, even if its progress cannot be read just now
        // (so a caller never takes a started job for one that did not start).
        return;
      }
      String exit = e.getExitStatus();
      if (e.getBatchStatus() == BatchStatus.FAILED && exit != null && exit.startsWith(REFUSED)) {
        throw Refusal.conflict(
            "execution " + id + " was refused: " + exit.substring(REFUSED.length()));
      }
      if (!RUNNING.contains(e.getBatchStatus()) || stepsStarted) {
        return;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /**
   * Starts a job named in a request, for one centre ({@code centreId}) or for all of them; 400
   * names the jobs that can be started this way.
   */
  public long startByCaller(String jobName, Properties params) {
    if (!STARTABLE.contains(jobName)) {
      throw Refusal.invalid(
          "jobName", "unknown job " + jobName + "; jobs are " + String.join(", ", STARTABLE));
    }
    String centreId = params.getProperty(CENTRE);
    access.requireFor(new Scope(jobName, centreId).control(), centreId);
    return start(jobName, params);
  }

  /** An execution's job and the centre it works for (null: all centres). */
  record Scope(String jobName, String centreId) {
    /**
     * What a caller needs to start, stop or restart it: an import writes learners, and
     * bksb-create-users makes bksb accounts.
     */
    Command control() {
      return switch (jobName) {
        case "learner-import" -> Command.IMPORT_LEARNERS;
        case "bksb-create-users" -> Command.CREATE_BKSB_USER;
        default -> Command.RUN_BKSB_JOBS;
      };
    }
  }

  /**
   * The execution's job and centre, once the caller may see it: another centre's execution is
   * answered as one that does not exist.
   */
  Scope visible(long executionId) {
    Scope scope =
        serviceUser.call(
            () -> {
              JobExecution e = find(executionId);
              Properties p = operator.getParameters(executionId);
              return new Scope(e.getJobName(), p == null ? null : p.getProperty(CENTRE));
            });
    if (!access.sees(scope.centreId())) {
      throw notFound(executionId);
    }
    return scope;
  }

  public JobExecutionView execution(long executionId) {
    String centreId = visible(executionId).centreId();
    List<HeldChangeView> heldChanges = held.ofExecution(executionId);
    return serviceUser.call(
        () -> {
          JobExecution e = find(executionId);
          List<JobExecutionView.Step> steps =
              operator.getStepExecutions(executionId).stream().map(JobService::step).toList();
          long instance = operator.getJobInstance(executionId).getInstanceId();
          Map<String, Long> totals = counters.totals(instance);
          return new JobExecutionView(
              executionId,
              instance,
              e.getJobName(),
              centreId,
              centreId == null,
              e.getBatchStatus().name(),
              e.getExitStatus(),
              instant(e.getStartTime()),
              instant(e.getEndTime()),
              steps,
              totals,
              heldChanges,
              // The batch runtime's step start is on the wall clock, so now is too.
              JobProgress.estimatedEnd(steps, totals, Instant.now()));
        });
  }

  public SkippedRowView skipped(long executionId, int page, int size) {
    visible(executionId);
    long instance =
        serviceUser.call(
            () -> {
              find(executionId);
              return operator.getJobInstance(executionId).getInstanceId();
            });
    List<SkippedRowView.Item> items =
        skipped.list(instance, (page - 1) * size, size).stream()
            .map(s -> new SkippedRowView.Item(s.getRowNumber(), s.getReference(), s.getReason()))
            .toList();
    return new SkippedRowView(items, skipped.count(instance));
  }

  /** Who starts a run now: the signed-in caller, or the schedule (no caller on its thread). */
  String startedBy() {
    String name = access.caller().name();
    return name == null ? SCHEDULE : name;
  }

  /** One of our jobs' executions, or 404; inside an action that runs as the service user. */
  JobExecution find(long executionId) {
    try {
      JobExecution e = operator.getJobExecution(executionId);
      if (e != null && JOBS.contains(e.getJobName())) {
        return e;
      }
    } catch (NoSuchJobExecutionException e) {
      // answered below
    }
    throw notFound(executionId);
  }

  private static Refusal notFound(long executionId) {
    return Refusal.notFound("no job execution " + executionId);
  }

  static JobExecutionView.Step step(StepExecution s) {
    Map<Metric.MetricType, Long> m = new EnumMap<>(Metric.MetricType.class);
    if (s.getMetrics() != null) {
      for (Metric metric : s.getMetrics()) {
        m.put(metric.getType(), metric.getValue());
      }
    }
    return new JobExecutionView.Step(
        s.getStepName(),
        s.getBatchStatus().name(),
        instant(s.getStartTime()),
        m.getOrDefault(Metric.MetricType.READ_COUNT, 0L),
        m.getOrDefault(Metric.MetricType.WRITE_COUNT, 0L),
        m.getOrDefault(Metric.MetricType.FILTER_COUNT, 0L),
        m.getOrDefault(Metric.MetricType.PROCESS_SKIP_COUNT, 0L)
            + m.getOrDefault(Metric.MetricType.READ_SKIP_COUNT, 0L)
            + m.getOrDefault(Metric.MetricType.WRITE_SKIP_COUNT, 0L),
        m.getOrDefault(Metric.MetricType.COMMIT_COUNT, 0L),
        m.getOrDefault(Metric.MetricType.ROLLBACK_COUNT, 0L));
  }

  private static Instant instant(Date d) {
    return d == null ? null : d.toInstant();
  }
}
