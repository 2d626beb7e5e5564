package org.bksbbridge.alerts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Alerts", description = "What went wrong and needs a person")
@Path("centres/{centreId}/alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {
  @Inject AlertService alerts;

  /** The centre's open alerts and those resolved in the last week, latest first. */
  @Operation(
      operationId = "listAlerts",
      summary = "List the centre's open alerts and those resolved in the last week")
  @GET
  public List<AlertView> list(@PathParam("centreId") String centreId) {
    return alerts.list(centreId);
  }

  /** Resolves an open alert by hand ("Run BKSB Jobs"): 200 with it, 409 once resolved. */
  @Operation(
      operationId = "resolveAlert",
      summary = "Resolve an open alert by hand (409 once resolved)")
  @POST
  @Path("{id}/resolve")
  public AlertView resolve(@PathParam("centreId") String centreId, @PathParam("id") long id) {
    return alerts.resolve(centreId, id);
  }
}
