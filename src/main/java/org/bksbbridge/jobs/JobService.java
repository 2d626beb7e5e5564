package org.bksbbridge.jobs;

import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.bksbbridge.api.ApiException;

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
          "bksb-nightly");

  /** Jobs a person or an MIS may start through the API; imports start with their upload. */
  public static final Set<String> STARTABLE =
      Set.of("bksb-get-users", "bksb-match-users", "bksb-get-assessments", "bksb-nightly");

  @Inject JobOperator operator;
  @Inject org.bksbbridge.security.Permissions permissions;
  @Inject SkippedRowStore skipped;
  @Inject JobCounters counters;

  /** Starts as the calling user, whose batch role the runtime checks. */
  public long start(String jobName, Properties params) {
    if (!JOBS.contains(jobName)) {
      throw ApiException.badField("jobName", "unknown job " + jobName);
    }
    return operator.start(jobName, params);
  }

  /** Starts a job named in a request; 400 names the jobs that can be started this way. */
  public long startByCaller(String jobName, Properties params) {
    permissions.requireEditor();
    if (!STARTABLE.contains(jobName)) {
      throw ApiException.badField(
          "jobName", "unknown job " + jobName + "; jobs are " + String.join(", ", STARTABLE));
    }
    return start(jobName, params);
  }

  /**
   * Restarts a failed or stopped execution from its last checkpoint, with the parameters it had
   * (Liberty would otherwise restart it with none). 409 when it cannot be restarted.
   */
  public long restartByCaller(long executionId) {
    permissions.requireEditor();
    find(executionId);
    Properties params = operator.getParameters(executionId);
    try {
      return operator.restart(executionId, params == null ? new Properties() : params);
    } catch (JobExecutionAlreadyCompleteException e) {
      throw ApiException.conflict("execution " + executionId + " completed: nothing to restart");
    } catch (JobExecutionNotMostRecentException e) {
      throw ApiException.conflict(
          "execution " + executionId + " was restarted already: restart its latest execution");
    } catch (JobRestartException e) {
      throw ApiException.conflict(
          "execution " + executionId + " cannot be restarted now: " + e.getMessage());
    } catch (JobSecurityException e) {
      throw new ApiException(403, "only its submitter or an admin may restart this job", Map.of());
    }
  }

  public JobExecutionView execution(long executionId) {
    JobExecution e = find(executionId);
    List<JobExecutionView.Step> steps =
        operator.getStepExecutions(executionId).stream().map(JobService::step).toList();
    long instance = operator.getJobInstance(executionId).getInstanceId();
    return new JobExecutionView(
        executionId,
        instance,
        e.getJobName(),
        e.getBatchStatus().name(),
        e.getExitStatus(),
        instant(e.getStartTime()),
        instant(e.getEndTime()),
        steps,
        counters.totals(instance));
  }

  public SkippedRowView skipped(long executionId, int page, int size) {
    find(executionId);
    long instance = operator.getJobInstance(executionId).getInstanceId();
    List<SkippedRowView.Item> items =
        skipped.list(instance, (page - 1) * size, size).stream()
            .map(s -> new SkippedRowView.Item(s.getRowNumber(), s.getReference(), s.getReason()))
            .toList();
    return new SkippedRowView(items, skipped.count(instance));
  }

  private JobExecution find(long executionId) {
    try {
      JobExecution e = operator.getJobExecution(executionId);
      if (e != null && JOBS.contains(e.getJobName())) {
        return e;
      }
    } catch (NoSuchJobExecutionException e) {
      // answered below
    }
    throw ApiException.notFound("no job execution " + executionId);
  }

  private static JobExecutionView.Step step(StepExecution s) {
    Map<Metric.MetricType, Long> m = new EnumMap<>(Metric.MetricType.class);
    if (s.getMetrics() != null) {
      for (Metric metric : s.getMetrics()) {
        m.put(metric.getType(), metric.getValue());
      }
    }
    return new JobExecutionView.Step(
        s.getStepName(),
        s.getBatchStatus().name(),
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
