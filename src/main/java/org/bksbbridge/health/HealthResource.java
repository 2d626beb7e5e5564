package org.bksbbridge.health;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.refusal.Refusal;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Every health check with its data, for admins: what {@code /health} shows anyone without the data
 * (see {@link DetailedCheck}). Each check says whether it is a readiness, liveness or startup
 * check.
 */
@Tag(name = "Health", description = "The server's health checks in detail, for admins")
@Path("health")
@RequestScoped
public class HealthResource {
  private static final Map<Class<? extends Annotation>, String> KINDS =
      Map.of(Readiness.class, "readiness", Liveness.class, "liveness", Startup.class, "startup");

  @Inject @Any Instance<DetailedCheck> checks;
  @Inject CentreAccess access;

  @Operation(operationId = "getHealth", summary = "Every health check with its data")
  @APIResponse(
      responseCode = "200",
      description = "UP when every check is up",
      content = @Content(schema = @Schema(implementation = HealthResource.Health.class)))
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Health all() {
    if (!access.caller().admin()) {
      throw Refusal.forbidden("the health checks' detail is for admins");
    }
    List<Health.Check> list =
        checks
            .handlesStream()
            .sorted(Comparator.comparing(h -> h.getBean().getBeanClass().getName()))
            .map(
                h -> {
                  HealthCheckResponse r = h.get().detail();
                  Map<String, String> data = new TreeMap<>();
                  r.getData().ifPresent(d -> d.forEach((k, v) -> data.put(k, String.valueOf(v))));
                  return new Health.Check(r.getName(), kind(h), r.getStatus().name(), data);
                })
            .toList();
    boolean up = list.stream().allMatch(c -> c.status().equals("UP"));
    return new Health(up ? "UP" : "DOWN", list);
  }

  private static String kind(Instance.Handle<DetailedCheck> h) {
    return h.getBean().getQualifiers().stream()
        .map(q -> KINDS.get(q.annotationType()))
        .filter(k -> k != null)
        .findFirst()
        .orElse("other");
  }

  /** The answer's shape, for the API document ({@link #all} builds it as JSON). */
  @Schema(name = "Health")
  public record Health(@Schema(enumeration = {"UP", "DOWN"}) String status, List<Check> checks) {
    /** One check: its name, kind (readiness, liveness, startup) and data. */
    @Schema(name = "HealthCheck")
    public record Check(
        String name,
        @Schema(enumeration = {"readiness", "liveness", "startup", "other"}) String kind,
        @Schema(enumeration = {"UP", "DOWN"}) String status,
        Map<String, String> data) {}
  }
}
