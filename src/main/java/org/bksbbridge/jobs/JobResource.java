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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(
    name = "Jobs",
    description = "The sync jobs: start, follow, stop, restart, approve held changes")
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
  @Operation(
      operationId = "startJob",
      summary = "Start a job as the caller",
      description =
          "The job's own checks (400 naming the field, 409 for a busy bksb account) run before"
              + " the start. Follow the execution at the Location given.")
  @RequestBody(
      required = false,
      content = @Content(schema = @Schema(implementation = JobResource.JobParameters.class)))
  @APIResponse(
      responseCode = "202",
      description = "Started",
      content = @Content(schema = @Schema(implementation = JobStarted.class)))
  @POST
  @Path("{jobName}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response start(
      @PathParam("jobName")
          @Parameter(
              schema =
                  @Schema(
                      enumeration = {
                        "bksb-get-users",
                        "bksb-match-users",
                        "bksb-get-assessments",
                        "bksb-nightly",
                        "bksb-create-users"
                      }))
          String jobName,
      JsonObject body) {
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
    return accepted(id);
  }

  /** Restarts a failed or stopped execution from its last checkpoint: 202 with the new one. */
  @Operation(
      operationId = "restartJobExecution",
      summary = "Restart a failed or stopped execution from its last checkpoint")
  @APIResponse(
      responseCode = "202",
      description = "Restarted: the new execution",
      content = @Content(schema = @Schema(implementation = JobStarted.class)))
  @POST
  @Path("executions/{id}/restart")
  public Response restart(@PathParam("id") long id) {
    long restarted = control.restartByCaller(id);
    return accepted(restarted);
  }

  /** Asks a running execution to stop at its next chunk boundary: 202, then it ends STOPPED. */
  @Operation(
      operationId = "stopJobExecution",
      summary = "Ask a running execution to stop at its next chunk boundary")
  @APIResponse(
      responseCode = "202",
      description = "Asked: it ends STOPPED",
      content = @Content(schema = @Schema(implementation = JobStarted.class)))
  @POST
  @Path("executions/{id}/stop")
  public Response stop(@PathParam("id") long id) {
    control.stopByCaller(id);
    return Response.accepted(new JobStarted(id)).build();
  }

  /**
   * Applies the change the execution held for approval (users a short bksb listing would have
   * marked gone), to what it still holds for: users bksb has listed again since are left. Needs
   * "Run BKSB Jobs" in every centre of the account; {@code accountId} only when it held several.
   * 409 once decided (by anyone, on any server).
   */
  @Operation(
      operationId = "approveHeldChange",
      summary = "Apply the change an execution held for approval",
      description =
          "Needs Run BKSB Jobs in every centre of the account; accountId only when it held"
              + " several. 409 once decided.")
  @POST
  @Path("executions/{id}/approve")
  public HeldChangeView approve(@PathParam("id") long id, @QueryParam("accountId") Long accountId) {
    return held.approve(id, accountId);
  }

  /** Drops the change the execution held: nothing is applied. As approve otherwise. */
  @Operation(operationId = "discardHeldChange", summary = "Drop the change an execution held")
  @POST
  @Path("executions/{id}/discard")
  public HeldChangeView discard(@PathParam("id") long id, @QueryParam("accountId") Long accountId) {
    return held.discard(id, accountId);
  }

  /** The changes held for approval in the centres the caller sees (or in one), newest first. */
  @Operation(
      operationId = "listHeldChanges",
      summary = "List the changes held for approval, newest first")
  @GET
  @Path("held")
  public List<HeldChangeView> pending(
      @QueryParam("centreId") @Parameter(description = "Only this centre's") String centreId) {
    return held.pending(blank(centreId));
  }

  /**
   * The runs the caller may see, newest first: {@code job}, {@code centreId} and {@code status}
   * filter; {@code page} from 1, {@code size} 1 to 100 (default 20).
   */
  @Operation(
      operationId = "listJobExecutions",
      summary = "List the job runs the caller may see, newest first")
  @GET
  @Path("executions")
  public JobRunView.Page list(
      @QueryParam("job") @Parameter(description = "Only runs of this job, as bksb-get-users")
          String job,
      @QueryParam("centreId") @Parameter(description = "Only runs touching this centre")
          String centreId,
      @QueryParam("status")
          @Parameter(description = "Only runs in this batch status, as COMPLETED or FAILED")
          String status,
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

  @Operation(
      operationId = "getJobExecution",
      summary = "Get one execution: status, progress, steps and the estimated end")
  @GET
  @Path("executions/{id}")
  public JobExecutionView execution(@PathParam("id") long id) {
    return jobs.execution(id);
  }

  @Operation(
      operationId = "listSkippedRecords",
      summary = "List the records a run skipped, and why")
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

  /** 202 Accepted with the execution to follow, at its address (relative to /api/v1/). */
  public static Response accepted(long executionId) {
    return Response.accepted(new JobStarted(executionId))
        .location(URI.create("jobs/executions/" + executionId))
        .build();
  }

  /** The body's shape, for the API document: {@link #start} reads it leniently. */
  @Schema(name = "JobParameters", description = "What a job start may tune; all optional")
  public record JobParameters(
      @Schema(description = "Limit the run to one centre, where the job supports it")
          String centreId,
      @Schema(description = "bksb-get-assessments: read every result, not only what is new")
          Boolean full,
      @Schema(description = "bksb-get-assessments: how many parallel partitions", minimum = "1")
          Integer partitions,
      @Schema(description = "bksb-create-users: list what it would do, create nothing")
          Boolean dryRun) {}
}
