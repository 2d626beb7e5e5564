package org.bksbbridge.schedule;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Set;
import org.bksbbridge.edit.Edit;
import org.bksbbridge.json.JsonFields;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Schedule", description = "When the nightly and incremental runs start")
@Path("schedule")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {
  @Inject ScheduleService schedule;

  @Operation(operationId = "getSchedule", summary = "Get the schedule and the next runs planned")
  @GET
  public ScheduleView get() {
    return schedule.view();
  }

  /**
   * {@code {"nightlyAt":"02:00","incrementalMinutes":15}}; empty, null or 0 switches a run off, and
   * a field left out keeps its value.
   */
  @Operation(
      operationId = "saveSchedule",
      summary = "Change the schedule",
      description = "Empty, null or 0 switches a run off; a field left out keeps its value.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = ScheduleResource.ScheduleChanges.class)))
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public ScheduleView put(JsonObject body) {
    Map<String, String> v = JsonFields.requireFlat(body, Set.of("nightlyAt", "incrementalMinutes"));
    return schedule.save(new ScheduleChange(edit(v, "nightlyAt"), edit(v, "incrementalMinutes")));
  }

  /** A field sent (null included) is set or cleared; one left out is kept. */
  private static Edit<String> edit(Map<String, String> sent, String field) {
    return sent.containsKey(field) ? Edit.toOrClear(sent.get(field)) : Edit.keep();
  }

  /** The body's shape, for the API document: {@link #put} reads it leniently. */
  @Schema(name = "ScheduleChanges", description = "The runs to change; others are kept")
  public record ScheduleChanges(
      @Schema(description = "Local time of the nightly run, HH:mm", examples = "02:00")
          String nightlyAt,
      @Schema(description = "Minutes between incremental runs; 0 for none", examples = "15")
          Integer incrementalMinutes) {}
}
