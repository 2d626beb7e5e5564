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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Learners", description = "The learners and applicants the MIS sends, by its reference")
@Path("centres/{centreId}/learners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LearnerResource {
  @Inject LearnerService learners;

  @Operation(
      operationId = "searchLearners",
      summary = "Search the centre's learners, a page at a time")
  @GET
  public LearnerPage search(
      @PathParam("centreId") String centreId,
      @QueryParam("query") @Parameter(description = "Text in the name, email or reference")
          String query,
      @QueryParam("kind") @Parameter(schema = @Schema(implementation = LearnerKind.class))
          String kind,
      @QueryParam("eligible")
          @Parameter(
              description = "Only those bksb serves now (true) or not (false)",
              schema = @Schema(type = SchemaType.BOOLEAN))
          String eligible,
      @QueryParam("page")
          @Parameter(
              description = "From 1",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
          Integer page,
      @QueryParam("size")
          @Parameter(
              description = "Learners a page (default 50)",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500"))
          Integer size) {
    return learners.search(centreId, LearnerQuery.of(query, kind, eligible, page, size));
  }

  @Operation(
      operationId = "getLearner",
      summary = "Get a learner with their bksb link and latest levels")
  @GET
  @Path("{reference}")
  public LearnerView get(
      @PathParam("centreId") String centreId, @PathParam("reference") String reference) {
    return learners.get(centreId, reference);
  }

  /** Creates (201) or updates (200); the reference in the path is the natural key. */
  @Operation(
      operationId = "saveLearner",
      summary = "Create or update a learner",
      description =
          "The reference in the path is the MIS's key. Every wrong field is named at once.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = LearnerFields.class)))
  @APIResponse(
      responseCode = "200",
      description = "Updated",
      content = @Content(schema = @Schema(implementation = LearnerView.class)))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = LearnerView.class)))
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
  @Operation(
      operationId = "archiveLearner",
      summary = "Archive a learner",
      description = "The record stays, with systemStatus ARCHIVED; results and link are kept.")
  @DELETE
  @Path("{reference}")
  public LearnerView archive(
      @PathParam("centreId") String centreId, @PathParam("reference") String reference) {
    return learners.archive(centreId, reference);
  }
}
