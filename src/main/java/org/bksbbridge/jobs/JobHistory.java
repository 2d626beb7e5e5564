package org.bksbbridge.jobs;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.access.Effective;
import org.bksbbridge.refusal.Refusal;

/**
 * The runs of our jobs a caller may see, newest first, filtered and paged from the job_run table
 * (fast at any number of runs). Runs of another centre are not there for the caller; runs of all
 * centres only for callers who see every centre.
 */
@ApplicationScoped
public class JobHistory {
  public static final int MAX_SIZE = 100;
  static final Set<String> STATUSES =
      Set.of("STARTING", "STARTED", "STOPPING", "STOPPED", "FAILED", "COMPLETED", "ABANDONED");

  static final Set<String> RUNNING = Set.of("STARTING", "STARTED", "STOPPING");

  @Inject JobRuns runs;
  @Inject CentreAccess access;
  @Inject JobOperator operator;
  @Inject BatchServiceUser serviceUser;
  @Inject Clock clock;

  public JobRunView.Page list(JobRuns.Filter filter, int page, int size) {
    if (filter.jobName() != null && !JobService.JOBS.contains(filter.jobName())) {
      throw Refusal.invalid(
          "job",
          "unknown job " + filter.jobName() + "; jobs are " + String.join(", ", JobService.JOBS));
    }
    if (filter.status() != null && !STATUSES.contains(filter.status())) {
      throw Refusal.invalid("status", "must be one of " + String.join(", ", STATUSES));
    }
    if (page < 1 || size < 1 || size > MAX_SIZE) {
      throw Refusal.invalid("page", "page from 1, size from 1 to " + MAX_SIZE);
    }
    if (filter.centreId() != null) {
      access.require(Command.MODULE, filter.centreId());
    }
    Effective e = access.effective();
    settle();
    JobRuns.Page found =
        runs.page(filter, new JobRuns.Visible(e.seesAllCentres(), e.namedCentres()), page, size);
    return new JobRunView.Page(
        found.items().stream().map(JobRunView::of).toList(), page, size, found.total());
  }

  /**
   * The newest run of each of these jobs that worked for the centre, its own or one for all
   * centres. A caller who does not see every centre sees such a run's status and times only: its
   * exit status and starter may speak of other centres.
   */
  public Map<String, JobRunView> latest(String centreId, Collection<String> jobNames) {
    access.require(Command.MODULE, centreId);
    boolean seesAll = access.effective().seesAllCentres();
    settle();
    Map<String, JobRunView> out = new LinkedHashMap<>();
    runs.latest(centreId, jobNames)
        .forEach(
            (job, r) ->
                out.put(
                    job,
                    r.getCentreId() == null && !seesAll
                        ? JobRunView.of(r).withoutDetails()
                        : JobRunView.of(r)));
    return out;
  }

  /**
   * When the last completed full run of these jobs that worked for the centre (or for all centres)
   * ended: for the results jobs, how current the centre's results are.
   */
  public Optional<Instant> lastCompletedFullRunEnd(String centreId, Collection<String> jobNames) {
    access.require(Command.MODULE, centreId);
    settle();
    return runs.lastCompletedFullRunEnd(centreId, jobNames);
  }

  /**
   * Brings runs the table still calls running up to the batch runtime's word: a run whose job
   * listener did not see its real end (a killed server) would otherwise be listed as running.
   */
  private void settle() {
    for (JobRun r : runs.unsettled()) {
      JobExecution e =
          serviceUser.call(
              () -> {
                try {
                  return operator.getJobExecution(r.getExecutionId());
                } catch (RuntimeException gone) {
                  return null;
                }
              });
      if (e != null && !e.getBatchStatus().name().equals(r.getBatchStatus())) {
        Date end = e.getEndTime();
        runs.ended(
            r.getExecutionId(),
            e.getBatchStatus().name(),
            e.getExitStatus(),
            end == null ? null : end.toInstant());
      }
    }
  }
}
