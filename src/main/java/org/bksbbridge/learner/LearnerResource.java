package org.bksbbridge.learner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.bksbbridge.json.JsonFields;

@Path("centres/{centreId}/learners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LearnerResource {
  @Inject LearnerService learners;

  @GET
  public LearnerPage search(
      @PathParam("centreId") String centreId,
      @QueryParam("query") String query,
      @QueryParam("kind") String kind,
      @QueryParam("eligible") String eligible,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return learners.search(centreId, LearnerQuery.of(query, kind, eligible, page, size));
  }

  @GET
  @Path("{reference}")
  public LearnerView get(
      @PathParam("centreId") String centreId, @PathParam("reference") String reference) {
    return learners.get(centreId, reference);
  }

  /** Creates (201) or updates (200); the reference in the path is the natural key. */
  @PUT
  @Path("{reference}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response put(
      @PathParam("centreId") String centreId,
      @PathParam("reference") String reference,
      JsonObject body) {
    // Names are checked with the values, so one answer lists every problem.
    Map<String, String> values = JsonFields.requireFlat(body, null);
    LearnerService.Saved saved = learners.save(centreId, reference, values);
    return Response.status(saved.created() ? 201 : 200).entity(saved.learner()).build();
  }

  /** Archives: the record stays, with systemStatus ARCHIVED. */
  @DELETE
  @Path("{reference}")
  public LearnerView archive(
      @PathParam("centreId") String centreId, @PathParam("reference") String reference) {
    return learners.archive(centreId, reference);
  }
}
