package org.bksbbridge.sandbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.security.Roles;

/** Sets the sandbox up for tests and demos; admins only. */
@Path("admin")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class SandboxAdminResource {
  @Inject SandboxState state;

  /**
   * Outside the server (tests): JAX-RS sees only the no-argument constructor, so the state is
   * handed in here rather than through a constructor it might try to satisfy.
   */
  public static SandboxAdminResource of(SandboxState state) {
    SandboxAdminResource made = new SandboxAdminResource();
    made.state = state;
    return made;
  }

  @POST
  @Path("reset")
  public Response reset() {
    state.reset();
    return Response.noContent().build();
  }

  @POST
  @Path("generate")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, Object> generate(JsonObject body) {
    SandboxGenerator g = SandboxRequests.generator(body);
    state.generate(g);
    return Map.of("users", g.users(), "resultsPerUser", g.resultsPerUser(), "seed", g.seed());
  }

  @PUT
  @Path("users/{userId}")
  @Consumes(MediaType.APPLICATION_JSON)
  public SandboxUser putUser(@PathParam("userId") long userId, JsonObject body) {
    SandboxUser u = SandboxRequests.user(userId, body);
    state
        .byUsername(u.username())
        .filter(other -> other.userId() != userId)
        .ifPresent(
            other -> {
              throw Refusal.conflict(
                  "user " + other.userId() + " already has the username " + u.username());
            });
    state.putUser(u);
    return u;
  }

  @DELETE
  @Path("users/{userId}")
  public Response deleteUser(@PathParam("userId") long userId) {
    if (!state.deleteUser(userId)) {
      throw Refusal.notFound("no sandbox user " + userId);
    }
    return Response.noContent().build();
  }

  @PUT
  @Path("users/{userId}/results/{sessionId}")
  @Consumes(MediaType.APPLICATION_JSON)
  public SandboxResult putResult(
      @PathParam("userId") long userId, @PathParam("sessionId") long sessionId, JsonObject body) {
    if (state.user(userId).isEmpty()) {
      throw Refusal.notFound("no sandbox user " + userId);
    }
    SandboxResult r = SandboxRequests.result(sessionId, body);
    state.putResult(userId, r);
    return r;
  }

  @PUT
  @Path("faults")
  @Consumes(MediaType.APPLICATION_JSON)
  public SandboxFaults faults(JsonObject body) {
    SandboxFaults f = SandboxRequests.faults(body);
    state.faults(f);
    return f;
  }

  /**
   * {@code {"closed":true}} makes every API call wait until {@code {"closed":false}}: a run stays
   * in progress while a test looks at it, however fast the machine.
   */
  @PUT
  @Path("hold")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, Object> hold(JsonObject body) {
    if (SandboxRequests.holdClosed(body)) {
      state.hold().close();
    } else {
      state.hold().open();
    }
    return state.hold().view();
  }

  @GET
  @Path("hold")
  public Map<String, Object> held() {
    return state.hold().view();
  }

  @GET
  @Path("stats")
  public Map<String, Map<Integer, Long>> stats() {
    return state.stats().snapshot();
  }

  @GET
  @Path("created")
  public List<CreatedUser> created() {
    return state.created();
  }
}
