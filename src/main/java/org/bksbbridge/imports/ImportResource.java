package org.bksbbridge.imports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import org.bksbbridge.refusal.Refusal;

@Path("centres/{centreId}/learners/import")
@RequestScoped
public class ImportResource {
  @Inject ImportService imports;

  /**
   * Starts an import of a CSV file (header row naming the fields) or a JSON array of learner
   * objects; 202 with the job execution to follow, 413 past the size limit.
   */
  @POST
  @Consumes({"text/csv", MediaType.APPLICATION_JSON})
  @Produces(MediaType.APPLICATION_JSON)
  public Response start(
      @PathParam("centreId") String centreId,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
      InputStream body) {
    imports.checkDeclaredSize(contentLength);
    ImportFormat format = ImportFormat.fromMediaType(contentType);
    if (format == null) {
      throw Refusal.invalid("Content-Type", "must be text/csv or application/json");
    }
    long id = imports.start(centreId, format, ImportFormat.charsetOf(contentType), body);
    return Response.accepted(Map.of("executionId", id))
        // Relative: resolved against the API's base URI, /api/v1/.
        .location(URI.create("jobs/executions/" + id))
        .build();
  }
}
