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

@Path("centres")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CentreResource {
  @Inject CentreService centres;

  @GET
  public List<CentreView> list() {
    return centres.list();
  }

  @GET
  @Path("{centreId}")
  public CentreView get(@PathParam("centreId") String centreId) {
    return centres.get(centreId);
  }

  /**
   * Creates or updates; 201 when new, 200 when changed. An absent {@code bksbLicensed} leaves the
   * licence as it is (a new centre has none): a rename must not silently end the licence.
   */
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
}
