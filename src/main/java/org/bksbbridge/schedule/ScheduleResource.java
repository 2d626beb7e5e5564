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
import org.bksbbridge.api.JsonFields;

@Path("schedule")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {
  @Inject ScheduleService schedule;

  @GET
  public ScheduleView get() {
    return schedule.view();
  }

  /**
   * {@code {"nightlyAt":"02:00","incrementalMinutes":15}}; empty or 0 switches a run off, and a
   * field left out keeps its value.
   */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public ScheduleView put(JsonObject body) {
    Map<String, String> v = JsonFields.requireFlat(body, Set.of("nightlyAt", "incrementalMinutes"));
    // A field left out keeps its value; "" or 0 switches that run off.
    ScheduleService.InForce now = schedule.inForce();
    String nightly =
        body.containsKey("nightlyAt")
            ? v.get("nightlyAt")
            : now.nightlyAt() == null ? null : now.nightlyAt().toString();
    String minutes =
        body.containsKey("incrementalMinutes")
            ? v.get("incrementalMinutes")
            : String.valueOf(now.incrementalMinutes());
    return schedule.save(nightly, minutes);
  }
}
