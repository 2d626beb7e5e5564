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

@Path("centres/{centreId}/bksb/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {
  @Inject SettingsService settings;

  @GET
  public SettingsView get(@PathParam("centreId") String centreId) {
    return settings.get(centreId);
  }

  /** Changes the fields sent; secrets are write-only (absent keeps, null clears). */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public SettingsView put(@PathParam("centreId") String centreId, JsonObject body) {
    return settings.save(
        centreId, SettingsJson.read(body, change -> settings.problems(centreId, change)));
  }

  /** Tries the stored access key against bksb: {@code {"ok": bool, "message": "..."}}. */
  @POST
  @Path("test")
  public SettingsService.TestResult test(@PathParam("centreId") String centreId) {
    return settings.test(centreId);
  }
}
