package org.bksbbridge.permissions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/me}: the caller, its groups, and its commands per visible centre. */
@Tag(name = "Permissions")
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
  @Inject MeService me;

  @Operation(
      operationId = "getMe",
      summary = "Who the caller is, and what they may do in each centre")
  @GET
  public MeView get() {
    return me.me();
  }
}
