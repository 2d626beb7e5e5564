package org.bksbbridge.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("centres/{centreId}/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
  @Inject AuditReader audit;

  /** The centre's audit trail, newest first; see {@link AuditQuery} for the filters. */
  @GET
  public AuditView.Page list(
      @PathParam("centreId") String centreId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("action") String action,
      @QueryParam("limit") String limit) {
    return audit.list(centreId, new AuditQuery(from, to, action, limit));
  }
}
