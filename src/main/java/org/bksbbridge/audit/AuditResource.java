package org.bksbbridge.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Audit", description = "Who did what, per centre")
@Path("centres/{centreId}/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
  @Inject AuditReader audit;

  /** The centre's audit trail, newest first; see {@link AuditQuery} for the filters. */
  @Operation(operationId = "listAudit", summary = "List the centre's audit trail, newest first")
  @GET
  public AuditView.Page list(
      @PathParam("centreId") String centreId,
      @QueryParam("from")
          @Parameter(description = "From this day (yyyy-MM-dd) or instant (ISO 8601, UTC)")
          String from,
      @QueryParam("to") @Parameter(description = "Up to this day (inclusive) or instant") String to,
      @QueryParam("action") @Parameter(schema = @Schema(implementation = AuditAction.class))
          String action,
      @QueryParam("limit")
          @Parameter(
              description = "Entries at most",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000"))
          String limit) {
    return audit.list(centreId, new AuditQuery(from, to, action, limit));
  }
}
