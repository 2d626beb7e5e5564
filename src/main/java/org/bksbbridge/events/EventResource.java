package org.bksbbridge.events;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("centres/{centreId}/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {
  @Inject EventFeed feed;

  /**
   * The centre's events after the cursor, in commit order: {@code {"events":[...],"next":"..."}}.
   * 410 when the cursor is older than the events kept.
   */
  @GET
  public EventFeed.Page page(
      @PathParam("centreId") String centreId,
      @QueryParam("after") String after,
      @QueryParam("limit") String limit) {
    return feed.page(centreId, after, limit);
  }
}
