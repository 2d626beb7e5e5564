package org.bksbbridge.sync.matching;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Set;
import org.bksbbridge.json.JsonFields;
import org.bksbbridge.learner.LearnerView;
import org.bksbbridge.refusal.Refusal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(
    name = "Matching",
    description = "A learner's link to their bksb user, made or removed by hand")
@Path("centres/{centreId}/learners/{reference}/bksb/link")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LinkResource {
  @Inject LinkService links;

  /** {@code {"bksbUsername": ...}} or {@code {"bksbUserId": ...}}; 409 if linked elsewhere. */
  @Operation(
      operationId = "linkLearner",
      summary = "Link a learner to a bksb user",
      description = "Names the user by bksbUsername or bksbUserId; 409 if linked elsewhere.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = LinkResource.LinkTo.class)))
  @APIResponse(
      responseCode = "200",
      description = "Linked",
      content = @Content(schema = @Schema(implementation = LearnerView.class)))
  @APIResponse(responseCode = "502", ref = "BksbFailed")
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public LearnerView link(
      @PathParam("centreId") String centreId,
      @PathParam("reference") String reference,
      JsonObject body) {
    Map<String, String> v = JsonFields.requireFlat(body, Set.of("bksbUsername", "bksbUserId"));
    String username = v.get("bksbUsername");
    String id = v.get("bksbUserId");
    Long userId = null;
    if (id != null) {
      try {
        userId = Long.parseLong(id);
      } catch (NumberFormatException e) {
        throw Refusal.invalid("bksbUserId", "must be a whole number");
      }
    }
    return links.link(centreId, reference, userId, username);
  }

  @Operation(operationId = "unlinkLearner", summary = "Remove a learner's bksb link")
  @APIResponse(responseCode = "204", description = "Unlinked")
  @DELETE
  public Response unlink(
      @PathParam("centreId") String centreId, @PathParam("reference") String reference) {
    links.unlink(centreId, reference);
    return Response.noContent().build();
  }

  /** The body's shape, for the API document: one of the two names the bksb user. */
  @Schema(name = "LinkTo", description = "The bksb user to link: by username or by id")
  public record LinkTo(
      @Schema(examples = "ada.lovelace") String bksbUsername,
      @Schema(examples = "1234") Long bksbUserId) {}
}
