package org.bksbbridge.jobs;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.bksbbridge.json.JsonFields;
import org.bksbbridge.learner.LearnerQuery;
import org.bksbbridge.refusal.Refusal;

@Path("jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {
  private static final int MAX_PAGE = 1000;

  @Inject JobService jobs;
  @Inject JobControl control;
  @Inject JobHistory history;
  @Inject HeldChangeDecisions held;

  /**
   * Starts one of the application's jobs as the calling user: {@code {"centreId": ...}} limits it
   * to one centre where the job supports that; {@code full} and {@code partitions} tune
   * bksb-get-assessments; {@code dryRun} makes bksb-create-users list what it would do. The jobs'
   * own checks (400 naming the field, 409 for a busy bksb account) run before the start. 202 with
   * the execution to follow.
   */
  @POST
  @Path("{jobName}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response start(@PathParam("jobName") String jobName, JsonObject body) {
    Properties params = new Properties();
    if (body != null) {
      Map<String, String> values =
          JsonFields.requireFlat(body, Set.of("centreId", "full", "partitions", "dryRun"));
      values.forEach(
          (k, v) -> {
            if (v != null) {
              params.setProperty(k, v);
            }
          });
    }
    long id = jobs.startByCaller(jobName, params);
    return Response.accepted(Map.of("executionId", id))
        .location(URI.create("jobs/executions/" + id))
        .build();
  }

  /** Restarts a failed or stopped execution from its last checkpoint: 202 with the new one. */
  @POST
  @Path("executions/{id}/restart")
  public Response restart(@PathParam("id") long id) {
    long restarted = control.restartByCaller(id);
    return Response.accepted(Map.of("executionId", restarted))
        .location(URI.create("jobs/executions/" + restarted))
        .build();
  }

  /** Asks a running execution to stop at its next chunk boundary: 202, then it ends STOPPED. */
  @POST
  @Path("executions/{id}/stop")
  public Response stop(@PathParam("id") long id) {
    control.stopByCaller(id);
    return Response.accepted(Map.of("executionId", id)).build();
  }

  /**
   * Applies the change the execution held for approval (users a short bksb listing would have
   * marked gone), to what it still holds for: users bksb has listed again since are left. Needs
   * "Run BKSB Jobs" in every centre of the account; {@code accountId} only when it held several.
   * 409 once decided (by anyone, on any server).
   */
  @POST
  @Path("executions/{id}/approve")
  public HeldChangeView approve(@PathParam("id") long id, @QueryParam("accountId") Long accountId) {
    return held.approve(id, accountId);
  }

  /** Drops the change the execution held: nothing is applied. As approve otherwise. */
  @POST
  @Path("executions/{id}/discard")
  public HeldChangeView discard(@PathParam("id") long id, @QueryParam("accountId") Long accountId) {
    return held.discard(id, accountId);
  }

  /** The changes held for approval in the centres the caller sees (or in one), newest first. */
  @GET
  @Path("held")
  public List<HeldChangeView> pending(@QueryParam("centreId") String centreId) {
    return held.pending(blank(centreId));
  }

  /**
   * The runs the caller may see, newest first: {@code job}, {@code centreId} and {@code status}
   * filter; {@code page} from 1, {@code size} 1 to 100 (default 20).
   */
  @GET
  @Path("executions")
  public JobRunView.Page list(
      @QueryParam("job") String job,
      @QueryParam("centreId") String centreId,
      @QueryParam("status") String status,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return history.list(
        new JobRuns.Filter(blank(job), blank(centreId), blank(status)),
        page == null ? 1 : page,
        size == null ? 20 : size);
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  @GET
  @Path("executions/{id}")
  public JobExecutionView execution(@PathParam("id") long id) {
    return jobs.execution(id);
  }

  @GET
  @Path("executions/{id}/skipped")
  public SkippedRowView skipped(
      @PathParam("id") long id,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    int p = page == null ? 1 : page;
    int s = size == null ? 100 : size;
    if (p < 1 || p > LearnerQuery.MAX_PAGE) {
      throw Refusal.invalid("page", "must be between 1 and " + LearnerQuery.MAX_PAGE);
    }
    if (s < 1 || s > MAX_PAGE) {
      throw Refusal.invalid("size", "must be between 1 and " + MAX_PAGE);
    }
    return jobs.skipped(id, p, s);
  }
}
