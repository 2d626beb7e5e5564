package org.bksbbridge.ui;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.bksbbridge.centre.CentreView;
import org.bksbbridge.jobs.JobConsole;
import org.bksbbridge.refusal.Refusal;

/** The jobs console's start form: a job, where it runs, and its parameters. */
@Named("jobStart")
@ViewScoped
public class JobStartView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(JobStartView.class.getName());

  /** The centre select's value for "all centres" (no centre id is "*"). */
  public static final String ALL_CENTRES = "*";

  /** The form's components of the refusal's field names (client ids). */
  private static final Map<String, Messages.Field> FIELDS =
      Map.of(
          "jobName", new Messages.Field("start:job", "Job"),
          "centreId", new Messages.Field("start:centre", "Centre"),
          "full", new Messages.Field("start:full", "Full re-download"),
          "partitions", new Messages.Field("start:partitions", "Partitions"),
          "dryRun", new Messages.Field("start:dryRun", "Dry run"));

  @Inject JobConsole console;

  private String job = "bksb-nightly";
  private String centre;
  private boolean full;
  private String partitions;
  private boolean dryRun;
  private List<CentreView> centres;
  private Boolean allCentres;
  private final FormOnce once = new FormOnce();
  private volatile Long started;

  /** Whether the caller may start a job anywhere: otherwise the form is not shown. */
  public boolean isAllowed() {
    return isAllCentres() || !getCentres().isEmpty();
  }

  public String start() {
    if (!once.take()) {
      // The same form again: the run it started is the answer, and no second one starts. Logged,
      // so the cause of a repeated post (a double click, a browser resending it) can be traced.
      LOG.info(
          () ->
              "The job start form arrived again with a used token; started nothing, run "
                  + started);
      if (started != null) {
        return shown(started);
      }
      Messages.info("This form was sent already, so nothing more was started: see the runs below.");
      return null;
    }
    try {
      long id =
          console.start(job, ALL_CENTRES.equals(centre) ? null : centre, full, partitions, dryRun);
      started = id;
      return shown(id);
    } catch (Refusal e) {
      if (e.kind() == Refusal.Kind.CONFLICT) {
        // A busy bksb account: what the chosen centre (or all of them) uses.
        Messages.showOn(e, FIELDS.get("centreId").clientId());
      } else {
        Messages.show(e, FIELDS);
      }
      return null;
    }
  }

  /**
   * Said by the page it opens (started=true), not through the flash: the flash's messages can be
   * lost to another request of the same session between the redirect and its GET.
   */
  private static String shown(long id) {
    return "jobs?faces-redirect=true&started=true&run=" + id;
  }

  /** The form's one-use token (a hidden field). */
  public String getOnce() {
    return once.token();
  }

  public void setOnce(String token) {
    once.submitted(token);
  }

  public List<String> getJobs() {
    return console.startableJobs();
  }

  /** "All centres" first when the caller may, then each centre where it may start jobs. */
  public List<SelectItem> getCentreOptions() {
    List<SelectItem> options = new ArrayList<>();
    if (isAllCentres()) {
      options.add(new SelectItem(ALL_CENTRES, "All centres"));
    }
    getCentres().forEach(c -> options.add(new SelectItem(c.id(), c.name() + " (" + c.id() + ")")));
    return options;
  }

  public List<CentreView> getCentres() {
    if (centres == null) {
      centres = console.startCentres();
    }
    return centres;
  }

  public boolean isAllCentres() {
    if (allCentres == null) {
      allCentres = console.startsForAllCentres();
    }
    return allCentres;
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

  public boolean isFull() {
    return full;
  }

  public void setFull(boolean full) {
    this.full = full;
  }

  public boolean isDryRun() {
    return dryRun;
  }

  public void setDryRun(boolean dryRun) {
    this.dryRun = dryRun;
  }

  public String getPartitions() {
    return partitions;
  }

  public void setPartitions(String partitions) {
    this.partitions = partitions;
  }
}
