package org.bksbbridge.health;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.refusal.Refusal;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * Every health check with its data, for admins: what {@code /health} shows anyone without the data
 * (see {@link DetailedCheck}). Each check says whether it is a readiness, liveness or startup
 * check.
 */
@Path("health")
@RequestScoped
public class HealthResource {
  private static final Map<Class<? extends Annotation>, String> KINDS =
      Map.of(Readiness.class, "readiness", Liveness.class, "liveness", Startup.class, "startup");

  @Inject @Any Instance<DetailedCheck> checks;
  @Inject CentreAccess access;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject all() {
    if (!access.caller().admin()) {
      throw Refusal.forbidden("the health checks' detail is for admins");
    }
    JsonArrayBuilder list = Json.createArrayBuilder();
    boolean up = true;
    List<? extends Instance.Handle<DetailedCheck>> handles =
        checks
            .handlesStream()
            .sorted(Comparator.comparing(h -> h.getBean().getBeanClass().getName()))
            .toList();
    for (Instance.Handle<DetailedCheck> h : handles) {
      HealthCheckResponse r = h.get().detail();
      up &= r.getStatus() == HealthCheckResponse.Status.UP;
      JsonObjectBuilder data = Json.createObjectBuilder();
      r.getData().ifPresent(d -> d.forEach((k, v) -> data.add(k, String.valueOf(v))));
      list.add(
          Json.createObjectBuilder()
              .add("name", r.getName())
              .add("kind", kind(h))
              .add("status", r.getStatus().name())
              .add("data", data));
    }
    return Json.createObjectBuilder().add("status", up ? "UP" : "DOWN").add("checks", list).build();
  }

  private static String kind(Instance.Handle<DetailedCheck> h) {
    return h.getBean().getQualifiers().stream()
        .map(q -> KINDS.get(q.annotationType()))
        .filter(k -> k != null)
        .findFirst()
        .orElse("other");
  }
}
