package org.bksbbridge.sync.assessments;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Results")
@Path("centres/{centreId}/learners/{reference}/bksb/results/refresh")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RefreshResource {
  @Inject ResultRefresh refresh;

  /** Downloads the learner's results now; {@code ?full=true} reads all, not just what is new. */
  @Operation(
      operationId = "refreshResults",
      summary = "Download a linked learner's results from bksb now",
      description = "Only what is new, unless full=true. 409 when the learner has no bksb link.")
  @APIResponse(
      responseCode = "200",
      description = "Downloaded",
      content = @Content(schema = @Schema(implementation = Refreshed.class)))
  @APIResponse(responseCode = "502", ref = "BksbFailed")
  @POST
  public Refreshed refresh(
      @PathParam("centreId") String centreId,
      @PathParam("reference") String reference,
      @QueryParam("full") boolean full) {
    ResultStore.Counts c = refresh.refresh(centreId, reference, full);
    return new Refreshed(c.added(), c.updated());
  }

  /** How many results the refresh stored: new ones, and ones bksb had changed. */
  @Schema(name = "Refreshed")
  public record Refreshed(@JsonbProperty("new") int added, int updated) {}
}
