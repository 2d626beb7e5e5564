package org.bksbbridge.calls;

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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Call log", description = "The bksb calls made for a centre, to see what bksb answered")
@Path("centres/{centreId}/bksb/calls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CallLogResource {
  @Inject CallLogService calls;

  /**
   * The centre's recorded bksb calls, newest first ("Run BKSB Jobs"); see {@link CallQuery} for the
   * filters. Numbers arrive as text so that a bad one is a 400 naming the field.
   */
  @Operation(
      operationId = "listBksbCalls",
      summary = "List the centre's recorded bksb calls, newest first")
  @GET
  public CallLogPage list(
      @PathParam("centreId") String centreId,
      @QueryParam("executionId")
          @Parameter(
              description = "Only the calls of this job execution",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
          String executionId,
      @QueryParam("status")
          @Parameter(
              description = "ok, failed, none (no answer) or an HTTP status",
              examples = @ExampleObject(name = "failed", value = "failed"))
          String status,
      @QueryParam("endpoint") @Parameter(description = "Text the endpoint contains")
          String endpoint,
      @QueryParam("page")
          @Parameter(
              description = "From 1",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
          String page,
      @QueryParam("size")
          @Parameter(
              description = "Calls a page (default 50)",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
          String size) {
    return calls.list(centreId, new CallQuery(executionId, status, endpoint, page, size));
  }
}
