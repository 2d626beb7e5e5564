package org.bksbbridge.mybksb;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Set;
import org.bksbbridge.json.JsonFields;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/me/bksb}: the signed-in learner's own records and results, and a sign-in link into
 * bksb, for portals that show them. 403 for staff (a staff group or any grant) and callers outside
 * the learners' group, whatever a learner record names; 404 for a learner without a record.
 */
@Tag(name = "My bksb", description = "A signed-in learner's own bksb account and results")
@Path("me/bksb")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyBksbResource {
  @Inject MyBksbService mine;

  @Operation(
      operationId = "getMyBksb",
      summary = "The caller's own bksb account, levels and results")
  @GET
  public MyBksbView get() {
    return mine.dashboard();
  }

  /**
   * A POST, so that nothing fetches a sign-in link by prefetching a URL. The body may name the
   * record ({@code centreId}, {@code reference}) when the learner has several.
   */
  @Operation(
      operationId = "createMyLoginLink",
      summary = "A one-time link that signs the learner in to bksb",
      description = "Name the record (centreId, reference) when the learner has several.")
  @RequestBody(
      required = false,
      content = @Content(schema = @Schema(implementation = MyBksbResource.WhichRecord.class)))
  @APIResponse(
      responseCode = "200",
      description = "The link",
      content = @Content(schema = @Schema(implementation = MyBksbView.LoginLink.class)))
  @APIResponse(responseCode = "502", ref = "BksbFailed")
  @POST
  @Path("login-link")
  @Consumes(MediaType.APPLICATION_JSON)
  public MyBksbView.LoginLink loginLink(JsonObject body) {
    Map<String, String> v =
        body == null ? Map.of() : JsonFields.requireFlat(body, Set.of("centreId", "reference"));
    return mine.loginLink(v.get("centreId"), v.get("reference"));
  }

  /** The body's shape, for the API document: both or neither. */
  @Schema(name = "WhichRecord", description = "Which of the learner's records")
  public record WhichRecord(String centreId, String reference) {}
}
