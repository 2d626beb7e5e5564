package org.bksbbridge.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Outbox", description = "The emails sent to learners, and their status (never a body)")
@Path("centres/{centreId}/outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {
  @Inject OutboxService outbox;

  /**
   * The centre's emails, newest first ("Create BKSB User"); {@code page} from 1, {@code size} to
   * 100.
   */
  @Operation(operationId = "listOutbox", summary = "List the centre's emails, newest first")
  @GET
  public OutboxView.Page list(
      @PathParam("centreId") String centreId,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return outbox.list(centreId, page, size);
  }
}
