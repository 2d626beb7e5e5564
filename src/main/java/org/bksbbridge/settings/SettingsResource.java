package org.bksbbridge.settings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.bksbbridge.learner.HeatRules;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Settings", description = "A centre's bksb connection and options")
@Path("centres/{centreId}/bksb/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {
  @Inject SettingsService settings;

  @Operation(
      operationId = "getSettings",
      summary = "Get the centre's bksb settings (secrets never shown)")
  @GET
  public SettingsView get(@PathParam("centreId") String centreId) {
    return settings.get(centreId);
  }

  /** Changes the fields sent; secrets are write-only (absent keeps, null clears). */
  @Operation(
      operationId = "saveSettings",
      summary = "Change the centre's bksb settings",
      description =
          "Changes the fields sent: a field left out keeps its value. Secrets are write-only:"
              + " absent keeps the stored one, null clears it. Every wrong field is named at once.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = SettingsResource.SettingsChanges.class)))
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public SettingsView put(@PathParam("centreId") String centreId, JsonObject body) {
    return settings.save(
        centreId, SettingsJson.read(body, change -> settings.problems(centreId, change)));
  }

  /** Tries the stored access key against bksb: {@code {"ok": bool, "message": "..."}}. */
  @Operation(
      operationId = "testSettings",
      summary = "Try the stored access key against bksb",
      description = "Answers 200 whatever bksb says; ok and outcome tell how it went.")
  @POST
  @Path("test")
  public SettingsService.TestResult test(@PathParam("centreId") String centreId) {
    return settings.test(centreId);
  }

  /**
   * The body's shape, for the API document: {@link #put} reads it leniently, naming each wrong
   * field, and keeps every field left out.
   */
  @Schema(name = "SettingsChanges", description = "The settings to change; others are kept")
  public record SettingsChanges(
      Boolean enabled,
      @Schema(examples = "https://api.bksb.co.uk") String apiUrl,
      String accessKeyId,
      @Schema(writeOnly = true, description = "Stored encrypted; never shown again")
          String secretAccessKey,
      @Schema(writeOnly = true, description = "For new bksb users; stored encrypted")
          String defaultPassword,
      Boolean autoSendLoginDetails,
      Boolean autoEnrolCourses,
      Boolean downloadDiagnosticResults,
      Boolean logSyncApiCalls,
      @Schema(
              description =
                  "Tags for a learner's first initial result, by subject (ENGLISH, MATHS, ICT)")
          Map<String, List<String>> learnerTags,
      @Schema(description = "As learnerTags, for applicants")
          Map<String, List<String>> applicantTags,
      String linkButtonUrl,
      Boolean databridgeAcknowledged,
      @Schema(description = "Which learners are refreshed more often; fields left out are kept")
          HeatRules heat,
      @Schema(description = "Who is emailed when something goes wrong") List<String> alertEmails) {}
}
