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

@Path("centres/{centreId}/learners/{reference}/bksb/link")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LinkResource {
  @Inject LinkService links;

  /** {@code {"bksbUsername": ...}} or {@code {"bksbUserId": ...}}; 409 if linked elsewhere. */
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

  @DELETE
  public Response unlink(
      @PathParam("centreId") String centreId, @PathParam("reference") String reference) {
    links.unlink(centreId, reference);
    return Response.noContent().build();
  }
}
