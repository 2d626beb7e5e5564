package org.bksbbridge.jobs;

import jakarta.batch.operations.JobOperator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.access.Effective;
import org.bksbbridge.centre.CentreService;
import org.bksbbridge.centre.CentreView;

/**
 * What the jobs console shows and offers: pages of runs with their steps' counts and counters, one
 * execution in detail, and which jobs the caller may start, stop and restart, where. The listing
 * and every check are those of the REST API ({@link JobHistory}, {@link JobService}).
 */
@ApplicationScoped
public class JobConsole {
  static final Set<String> RUNNING = Set.of("STARTING", "STARTED", "STOPPING");
  private static final Set<String> RESTARTABLE = Set.of("FAILED", "STOPPED");

  @Inject JobHistory history;
  @Inject JobService jobs;
  @Inject JobRuns runs;
  @Inject JobCounters counters;
  @Inject JobOperator operator;
  @Inject BatchServiceUser serviceUser;
  @Inject CentreAccess access;
  @Inject CentreService centres;

  public JobConsoleRow.Page page(JobRuns.Filter filter, int page, int size) {
    JobRunView.Page found = history.list(filter, page, size);
    List<JobRunView> items = found.items();
    Set<Long> instances = items.stream().map(JobRunView::instanceId).collect(Collectors.toSet());
    Map<Long, List<JobExecutionView.Step>> steps = steps(items);
    Map<Long, Map<String, Long>> totals = counters.totals(instances);
    Map<Long, Long> latest = runs.latest(instances);
    Effective e = access.effective();
    List<JobConsoleRow> rows =
        items.stream()
            .map(
                r -> {
                  Map<String, Long> c = totals.getOrDefault(r.instanceId(), Map.of());
                  boolean control = mayControl(e, r.jobName(), r.centreId());
                  return new JobConsoleRow(
                      r,
                      steps.getOrDefault(r.executionId(), List.of()),
                      c,
                      JobProgress.of(c),
                      control && RUNNING.contains(r.batchStatus()),
                      control
                          && RESTARTABLE.contains(r.batchStatus())
                          && latest.getOrDefault(r.instanceId(), r.executionId())
                              == r.executionId());
                })
            .toList();
    return new JobConsoleRow.Page(rows, found.page(), found.size(), found.total());
  }

  /** The steps of a page's executions, read as the service user in one go. */
  private Map<Long, List<JobExecutionView.Step>> steps(List<JobRunView> items) {
    if (items.isEmpty()) {
      return Map.of();
    }
    return serviceUser.call(
        () -> {
          Map<Long, List<JobExecutionView.Step>> out = new HashMap<>();
          for (JobRunView r : items) {
            try {
              out.put(
                  r.executionId(),
                  operator.getStepExecutions(r.executionId()).stream()
                      .map(JobService::step)
                      .toList());
            } catch (RuntimeException gone) {
              // Purged from the batch runtime's repository: the run stays listed without steps.
            }
          }
          return out;
        });
  }

  /** One execution the caller may see (404 otherwise), as the runtime has it now. */
  public JobConsoleDetail detail(long executionId) {
    JobExecutionView e = jobs.execution(executionId);
    JobRun run = runs.find(executionId);
    long latest = runs.latest(Set.of(e.instanceId())).getOrDefault(e.instanceId(), executionId);
    boolean control = mayControl(access.effective(), e.jobName(), e.centreId());
    return new JobConsoleDetail(
        e,
        run == null ? null : run.getStartedBy(),
        JobProgress.of(e.counters()),
        control && RUNNING.contains(e.batchStatus()),
        control && RESTARTABLE.contains(e.batchStatus()) && latest == executionId);
  }

  private static boolean mayControl(Effective e, String jobName, String centreId) {
    Command needed = new JobService.Scope(jobName, centreId).control();
    return centreId == null ? e.inAllCentres().contains(needed) : e.may(needed, centreId);
  }

  /** The centres where the caller may start jobs, each on its own. */
  public List<CentreView> startCentres() {
    Effective e = access.effective();
    return centres.list().stream().filter(c -> e.may(Command.RUN_BKSB_JOBS, c.id())).toList();
  }

  /** Whether the caller may start jobs for all centres at once. */
  public boolean startsForAllCentres() {
    return access.effective().inAllCentres().contains(Command.RUN_BKSB_JOBS);
  }

  /** The jobs a caller may start here, in name order. */
  public List<String> startableJobs() {
    return JobService.STARTABLE.stream().sorted().toList();
  }

  /** Every job the list may show, in name order. */
  public List<String> jobNames() {
    return JobService.JOBS.stream().sorted().toList();
  }

  /** The statuses a run may have, for the list's filter. */
  public List<String> statuses() {
    return JobHistory.STATUSES.stream().sorted().toList();
  }

  /**
   * Starts a job as the caller, with the form's parameters: a centre (null: all centres), full
   * re-download, partitions (blank: the job's default), a dry run (bksb-create-users). Refused as
   * through the API: 400 naming the parameter, 403, 409 for a busy bksb account.
   */
  public long start(
      String jobName, String centreId, boolean full, String partitions, boolean dryRun) {
    Properties params = new Properties();
    if (centreId != null && !centreId.isBlank()) {
      params.setProperty(JobService.CENTRE, centreId);
    }
    if (full) {
      params.setProperty("full", "true");
    }
    if (dryRun) {
      params.setProperty("dryRun", "true");
    }
    if (partitions != null && !partitions.isBlank()) {
      params.setProperty("partitions", partitions.strip());
    }
    return jobs.startByCaller(jobName, params);
  }
}
