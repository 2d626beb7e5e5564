package org.bksbbridge.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.bksbbridge.centre.CentreService;
import org.bksbbridge.centre.CentreView;
import org.bksbbridge.jobs.JobConsole;
import org.bksbbridge.jobs.JobConsoleDetail;
import org.bksbbridge.jobs.JobConsoleRow;
import org.bksbbridge.jobs.JobControl;
import org.bksbbridge.jobs.JobRuns;
import org.bksbbridge.jobs.JobService;
import org.bksbbridge.jobs.SkippedRowView;
import org.bksbbridge.refusal.Refusal;

/**
 * The jobs console: the runs the caller may see (filtered and paged by URL parameters, so a view is
 * a link), one execution in detail with its skipped records, live while it runs (the page's script
 * asks {@link #poll} again and again), and stopping or restarting it.
 */
@Named("jobsConsole")
@ViewScoped
public class JobsConsoleView implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 20;
  static final int SKIPPED_SIZE = 20;

  @Inject JobConsole console;
  @Inject JobControl control;
  @Inject JobService jobs;
  @Inject CentreService centreService;

  private String job;
  private String centre;
  private String status;
  private int page = 1;
  private Long run;
  private boolean started;
  private int skippedPage = 1;

  private JobConsoleRow.Page result;
  private JobConsoleDetail detail;
  private SkippedRowView skipped;
  private List<CentreView> centres;

  /** Runs on each GET of the page, after its URL parameters are set. */
  public void load() {
    try {
      result =
          console.page(
              new JobRuns.Filter(blank(job), blank(centre), blank(status)), page, PAGE_SIZE);
    } catch (Refusal e) {
      result = null;
      Messages.show(e);
    }
    loadDetail();
    if (started && detail != null) {
      Messages.info("Started " + detail.execution().jobName() + ": execution " + run + ".");
    }
  }

  private void loadDetail() {
    detail = null;
    skipped = null;
    if (run == null) {
      return;
    }
    try {
      detail = console.detail(run);
      skipped = jobs.skipped(run, Math.max(1, skippedPage), SKIPPED_SIZE);
    } catch (Refusal e) {
      detail = null;
      Messages.show(e);
    }
  }

  /**
   * The page's timer asks this while the shown execution runs; it re-renders the live part only,
   * and everything once the execution has ended (its buttons, skipped records, the list).
   */
  public void poll() {
    if (detail == null || !detail.running()) {
      return;
    }
    Collection<String> render =
        FacesContext.getCurrentInstance().getPartialViewContext().getRenderIds();
    loadDetail();
    if (detail == null) {
      render.add("messages");
      render.add("detail");
    } else if (!detail.running()) {
      load();
      render.clear();
      render.add("messages");
      render.add("detail");
      render.add("runs");
    }
  }

  /** The filter form: the first page of what it selects, as a link of its own. */
  public String filter() {
    page = 1;
    run = null;
    skippedPage = 1;
    started = false;
    return "jobs?faces-redirect=true&includeViewParams=true";
  }

  public String stop() {
    try {
      control.stopByCaller(run);
      Messages.info("Execution " + run + " was asked to stop; it stops at its next checkpoint.");
      Messages.keepForRedirect();
      started = false;
      return "jobs?faces-redirect=true&includeViewParams=true";
    } catch (Refusal e) {
      Messages.show(e);
      loadDetail();
      return null;
    }
  }

  public String restart() {
    try {
      long again = control.restartByCaller(run);
      Messages.info("Execution " + run + " restarted as execution " + again + ".");
      Messages.keepForRedirect();
      run = again;
      skippedPage = 1;
      started = false;
      return "jobs?faces-redirect=true&includeViewParams=true";
    } catch (Refusal e) {
      Messages.show(e);
      loadDetail();
      return null;
    }
  }

  /** The words for a job's counters; a counter not named here shows its own name. */
  public String counterLabel(String name) {
    return COUNTER_LABELS.getOrDefault(name, name);
  }

  private static final java.util.Map<String, String> COUNTER_LABELS =
      java.util.Map.ofEntries(
          java.util.Map.entry("learners", "learners downloaded"),
          java.util.Map.entry("learnersSkipped", "learners skipped"),
          java.util.Map.entry("learnersTotal", "learners in the run"),
          java.util.Map.entry("calls", "bksb calls"),
          java.util.Map.entry("newResults", "new results"),
          java.util.Map.entry("updatedResults", "updated results"),
          java.util.Map.entry("accountsFailed", "bksb accounts failed"),
          java.util.Map.entry("accountsCreated", "bksb accounts created"),
          java.util.Map.entry("creationsSkipped", "learners given no bksb account (skipped)"),
          java.util.Map.entry("creationsFailed", "bksb account creations failed"),
          java.util.Map.entry("accountsWouldCreate", "accounts a dry run would create"));

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public List<CentreView> getCentres() {
    if (centres == null) {
      centres = centreService.list();
    }
    return centres;
  }

  public List<String> getJobNames() {
    return console.jobNames();
  }

  public List<String> getStatuses() {
    return console.statuses();
  }

  public JobConsoleRow.Page getResult() {
    return result;
  }

  public JobConsoleDetail getDetail() {
    return detail;
  }

  public SkippedRowView getSkipped() {
    return skipped;
  }

  public long getSkippedPages() {
    return skipped == null ? 1 : Math.max(1, (skipped.total() + SKIPPED_SIZE - 1) / SKIPPED_SIZE);
  }

  public String getJob() {
    return job;
  }

  public void setJob(String job) {
    this.job = job;
  }

  public String getCentre() {
    return centre;
  }

  public void setCentre(String centre) {
    this.centre = centre;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(1, page);
  }

  public Long getRun() {
    return run;
  }

  public void setRun(Long run) {
    this.run = run;
  }

  public int getSkippedPage() {
    return skippedPage;
  }

  public void setSkippedPage(int skippedPage) {
    this.skippedPage = Math.max(1, skippedPage);
  }

  public boolean isStarted() {
    return started;
  }

  public void setStarted(boolean started) {
    this.started = started;
  }
}
