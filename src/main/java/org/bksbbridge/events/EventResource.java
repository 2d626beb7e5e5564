package org.bksbbridge.events;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Events", description = "What changed, in commit order, for the MIS to follow")
@Path("centres/{centreId}/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {
  @Inject EventFeed feed;

  /**
   * The centre's events after the cursor, in commit order: {@code {"events":[...],"next":"..."}}.
   * 410 when the cursor is older than the events kept.
   */
  @Operation(
      operationId = "listEvents",
      summary = "The centre's events after a cursor, in commit order",
      description =
          "At least once: keep the last next and ask again with after=next. limit=0 answers only"
              + " the cursor of the feed's end. 410 when the cursor is older than the events kept:"
              + " resynchronise in full.")
  @APIResponse(
      responseCode = "200",
      description = "A page of events and the cursor to ask from next",
      content = @Content(schema = @Schema(implementation = EventFeed.Page.class)))
  @APIResponse(responseCode = "410", ref = "Gone")
  @GET
  public EventFeed.Page page(
      @PathParam("centreId") String centreId,
      @QueryParam("after")
          @Parameter(description = "The next of the previous page; none: from the oldest kept")
          String after,
      @QueryParam("limit")
          @Parameter(
              description = "Events at most (default 100); 0: only the end's cursor",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "1000"))
          String limit) {
    return feed.page(centreId, after, limit);
  }
}
