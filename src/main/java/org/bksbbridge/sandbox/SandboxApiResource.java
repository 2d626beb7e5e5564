package org.bksbbridge.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bksbbridge.bksb.ResultType;
import org.bksbbridge.bksb.WireNewUser;
import org.bksbbridge.bksb.WirePagination;
import org.bksbbridge.bksb.WireResultPage;
import org.bksbbridge.bksb.WireSession;
import org.bksbbridge.bksb.WireTopic;
import org.bksbbridge.bksb.WireUserPage;

/**
 * bksb's API as the sandbox serves it, written with the client's own wire DTOs so the two halves
 * cannot drift apart. Credentials are checked by {@link SandboxGate}.
 */
@Path("api")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SandboxApiResource {
  private static final int MAX_PER_PAGE = 1000;

  @Inject SandboxState state;

  /**
   * Outside the server (tests): JAX-RS sees only the no-argument constructor, so the state is
   * handed in here rather than through a constructor it might try to satisfy.
   */
  public static SandboxApiResource of(SandboxState state) {
    SandboxApiResource made = new SandboxApiResource();
    made.state = state;
    return made;
  }

  @GET
  @Path("users/search")
  public WireUserPage users(
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("recordsPerPage") @DefaultValue("20") int perPage,
      @QueryParam("query") String query) {
    int size = clamp(perPage);
    int p = Math.max(page, 1);
    long skip = (long) (p - 1) * size;
    String q = query == null || query.isBlank() ? null : query.strip().toLowerCase(Locale.ROOT);
    WireUserPage out = new WireUserPage();
    long[] total = {0};
    state.forEachUser(
        u -> {
          if (q == null || SandboxWire.matches(u, q)) {
            if (total[0] >= skip && out.users.size() < size) {
              out.users.add(SandboxWire.user(u));
            }
            total[0]++;
          }
          return true;
        });
    out.pagination = new WirePagination(p, total[0], size);
    return out;
  }

  @GET
  @Path("users/user/getUserId")
  public Response userId(@QueryParam("username") String username) {
    return state
        .byUsername(username == null ? "" : username)
        .map(u -> Response.ok(String.valueOf(u.userId())).build())
        .orElse(
            Response.status(404)
                .entity("\"No user found with username " + username + "\"")
                .build());
  }

  @GET
  @Path("users/isUsernameExists")
  public String usernameExists(@QueryParam("username") String username) {
    return String.valueOf(username != null && state.byUsername(username).isPresent());
  }

  @POST
  @Path("users/createUser")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response createUser(WireNewUser user) {
    return new SandboxAccounts(state).create(user);
  }

  @GET
  @Path("users/user/{userId}/getAutoLoginLink")
  public Response autoLoginLink(@PathParam("userId") long userId) {
    if (state.user(userId).isEmpty()) {
      return Response.status(404).entity("\"User not found\"").build();
    }
    return Response.ok("\"" + SandboxWire.autoLoginLink(userId) + "\"").build();
  }

  @GET
  @Path("results/{type}/{userId}/all")
  public Response results(
      @PathParam("type") String typeSegment,
      @PathParam("userId") long userId,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("recordsPerPage") @DefaultValue("20") int perPage) {
    ResultType type = null;
    for (ResultType t : ResultType.values()) {
      if (t.pathSegment().equalsIgnoreCase(typeSegment)) {
        type = t;
      }
    }
    if (type == null || state.user(userId).isEmpty()) {
      return Response.status(404).entity("\"Not found\"").build();
    }
    ResultType wanted = type;
    List<org.bksbbridge.bksb.WireResult> all = new ArrayList<>();
    for (SandboxResult r : state.results(userId)) {
      if (r.type() == wanted) {
        all.add(SandboxWire.result(r));
      }
    }
    int size = clamp(perPage);
    int p = Math.max(page, 1);
    int from = (int) Math.min((long) (p - 1) * size, all.size());
    List<org.bksbbridge.bksb.WireResult> slice =
        all.subList(from, Math.min(from + size, all.size()));
    WireResultPage out = new WireResultPage();
    if (wanted == ResultType.INITIAL) {
      out.initial = new ArrayList<>(slice);
    } else {
      out.diagnostic = new ArrayList<>(slice);
    }
    out.pagination = new WirePagination(p, all.size(), size);
    return Response.ok(out).build();
  }

  @GET
  @Path("assessmentSessions/getAssessmentSessionsForCourseV5")
  public List<WireSession> sessions(
      @QueryParam("courseSubject") String courseSubject, @QueryParam("userId") long userId) {
    return SandboxWire.sessions(state, courseSubject, userId);
  }

  @GET
  @Path("assessmentSessions/GetEOAReportDataForAssessmentSessionV5")
  public List<WireTopic> topics(
      @QueryParam("sessionId") long sessionId, @QueryParam("userId") long userId) {
    return SandboxWire.topics(state, sessionId, userId);
  }

  private static int clamp(int perPage) {
    return Math.max(1, Math.min(perPage, MAX_PER_PAGE));
  }
}
