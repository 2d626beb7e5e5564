package org.bksbbridge.calls;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("centres/{centreId}/bksb/calls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CallLogResource {
  @Inject CallLogService calls;

  /**
   * The centre's recorded bksb calls, newest first ("Run BKSB Jobs"); see {@link CallQuery} for the
   * filters. Numbers arrive as text so that a bad one is a 400 naming the field.
   */
  @GET
  public CallLogPage list(
      @PathParam("centreId") String centreId,
      @QueryParam("executionId") String executionId,
      @QueryParam("status") String status,
      @QueryParam("endpoint") String endpoint,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return calls.list(centreId, new CallQuery(executionId, status, endpoint, page, size));
  }
}
