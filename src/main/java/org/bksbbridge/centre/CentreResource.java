package org.bksbbridge.centre;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bksbbridge.json.JsonFields;
import org.bksbbridge.refusal.Refusal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Centres", description = "The centres (colleges, campuses) whose learners this serves")
@Path("centres")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CentreResource {
  @Inject CentreService centres;

  @Operation(operationId = "listCentres", summary = "List the centres the caller can see")
  @GET
  public List<CentreView> list() {
    return centres.list();
  }

  @Operation(operationId = "getCentre", summary = "Get one centre")
  @GET
  @Path("{centreId}")
  public CentreView get(@PathParam("centreId") String centreId) {
    return centres.get(centreId);
  }

  /**
   * Creates or updates; 201 when new, 200 when changed. An absent {@code bksbLicensed} leaves the
   * licence as it is (a new centre has none): a rename must not silently end the licence.
   */
  @Operation(
      operationId = "saveCentre",
      summary = "Create or rename a centre",
      description = "Admins only. An absent bksbLicensed leaves the licence as it is.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = CentreResource.CentreChange.class)))
  @APIResponse(
      responseCode = "200",
      description = "Changed",
      content = @Content(schema = @Schema(implementation = CentreView.class)))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = CentreView.class)))
  @PUT
  @Path("{centreId}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response put(@PathParam("centreId") String centreId, JsonObject body) {
    Map<String, String> fields = JsonFields.requireFlat(body, Set.of("name", "bksbLicensed"));
    String licensed = fields.get("bksbLicensed");
    if (licensed != null && !licensed.equals("true") && !licensed.equals("false")) {
      throw Refusal.invalid("bksbLicensed", "must be true or false");
    }
    Boolean bksbLicensed = licensed == null ? null : Boolean.valueOf(licensed);
    CentreService.Saved saved = centres.save(centreId, fields.get("name"), bksbLicensed);
    return Response.status(saved.created() ? 201 : 200).entity(saved.centre()).build();
  }

  /**
   * The body's shape, for the API document: {@link #put} reads it leniently, naming each wrong
   * field.
   */
  @Schema(name = "CentreChange", description = "A centre's name and bksb licence")
  public record CentreChange(
      @Schema(examples = "North Campus") String name,
      @Schema(description = "Whether the centre may use bksb; absent keeps it")
          Boolean bksbLicensed) {}
}
