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
import org.bksbbridge.jobs.JobResource;
import org.bksbbridge.jobs.JobStarted;
import org.bksbbridge.learner.LearnerFields;
import org.bksbbridge.refusal.Refusal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Learners")
@Path("centres/{centreId}/learners/import")
@RequestScoped
public class ImportResource {
  @Inject ImportService imports;

  /**
   * Starts an import of a CSV file (header row naming the fields) or a JSON array of learner
   * objects; 202 with the job execution to follow, 413 past the size limit.
   */
  @Operation(
      operationId = "importLearners",
      summary = "Import many learners at once",
      description =
          "A JSON array of learner objects, or a CSV file whose header row names the fields."
              + " Runs as the bksb-learner-import job: follow it at the Location given.")
  @RequestBody(
      required = true,
      content = {
        @Content(
            mediaType = "application/json",
            schema = @Schema(type = SchemaType.ARRAY, implementation = ImportResource.Row.class)),
        @Content(
            mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING),
            examples =
                @ExampleObject(
                    name = "csv",
                    value =
                        "reference,firstName,lastName,email\\nL-1,Ada,Lovelace,ada@example.ac.uk"))
      })
  @APIResponse(
      responseCode = "202",
      description = "Started",
      content = @Content(schema = @Schema(implementation = JobStarted.class)))
  @APIResponse(responseCode = "413", ref = "TooLarge")
  @POST
  @Consumes({"text/csv", MediaType.APPLICATION_JSON})
  @Produces(MediaType.APPLICATION_JSON)
  public Response start(
      @PathParam("centreId") String centreId,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) @Parameter(hidden = true) String contentType,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) @Parameter(hidden = true) String contentLength,
      InputStream body) {
    imports.checkDeclaredSize(contentLength);
    ImportFormat format = ImportFormat.fromMediaType(contentType);
    if (format == null) {
      throw Refusal.invalid("Content-Type", "must be text/csv or application/json");
    }
    long id = imports.start(centreId, format, ImportFormat.charsetOf(contentType), body);
    return JobResource.accepted(id);
  }

  /**
   * The shape of one learner of a JSON import, for the API document: its reference, then the
   * fields.
   */
  @Schema(
      name = "LearnerImportRow",
      allOf = {Reference.class, LearnerFields.class})
  public interface Row {}

  /** The MIS's key of the learner, which a PUT carries in its path. */
  @Schema(name = "LearnerReference")
  public record Reference(@Schema(required = true, examples = "L-1") String reference) {}
}
