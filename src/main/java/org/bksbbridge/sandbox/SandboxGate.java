package org.bksbbridge.sandbox;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * In front of every sandbox call: 404 while the sandbox is off; bksb's HTTP Basic check of the
 * access key pair on {@code api/...}; the hold, while a test keeps it closed; the configured
 * faults; and the call statistics.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class SandboxGate implements ContainerRequestFilter, ContainerResponseFilter {
  private static final String COUNTED = "sandbox.counted";

  @Inject SandboxState state;
  private final AtomicLong windowSecond = new AtomicLong();
  private final AtomicLong windowCalls = new AtomicLong();

  /**
   * Outside the server (tests): JAX-RS sees only the no-argument constructor, so the state is
   * handed in here rather than through a constructor it might try to satisfy.
   */
  public static SandboxGate of(SandboxState state) {
    SandboxGate made = new SandboxGate();
    made.state = state;
    return made;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!state.enabled()) {
      request.abortWith(Response.status(404).build());
      return;
    }
    String path = request.getUriInfo().getPath();
    if (!path.startsWith("api/") && !path.startsWith("/api/")) {
      return;
    }
    request.setProperty(COUNTED, Boolean.TRUE);
    if (!authorised(request.getHeaderString("Authorization"))) {
      request.abortWith(
          json(401, "{\"Message\":\"Authorization has been denied for this request.\"}")
              .header("WWW-Authenticate", "Basic realm=\"bksb\"")
              .build());
      return;
    }
    state.hold().pass();
    if (state.takeFailure()) {
      request.abortWith(json(503, "{\"Message\":\"Injected outage\"}").build());
      return;
    }
    SandboxFaults f = state.faults();
    if (f.latencyMs() > 0) {
      sleep(f.latencyMs());
    }
    if (f.rateLimitPerSecond() > 0 && overLimit(f.rateLimitPerSecond())) {
      request.abortWith(
          json(429, "{\"Message\":\"Too many requests\"}").header("Retry-After", "1").build());
      return;
    }
    if (f.errorRate() > 0 && ThreadLocalRandom.current().nextDouble() < f.errorRate()) {
      request.abortWith(json(f.errorStatus(), "{\"Message\":\"Injected fault\"}").build());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(COUNTED) == null) {
      return;
    }
    SandboxFaults f = state.faults();
    if (response.getStatus() == 200
        && f.malformedRate() > 0
        && ThreadLocalRandom.current().nextDouble() < f.malformedRate()) {
      response.setEntity(
          "{\"Pagination\": {\"CurrentPage\": 1, \"Tot", null, MediaType.APPLICATION_JSON_TYPE);
    }
    String path = request.getUriInfo().getPath();
    state
        .stats()
        .count(
            request.getMethod(),
            path.startsWith("/") ? path.substring(1) : path,
            response.getStatus());
  }

  private boolean authorised(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    try {
      String pair =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      return colon > 0 && state.accepts(pair.substring(0, colon), pair.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** A fixed one-second window: simple, and enough to make a client honour Retry-After. */
  private boolean overLimit(int perSecond) {
    long now = System.currentTimeMillis() / 1000;
    long window = windowSecond.get();
    if (window != now && windowSecond.compareAndSet(window, now)) {
      windowCalls.set(0);
    }
    return windowCalls.incrementAndGet() > perSecond;
  }

  private static Response.ResponseBuilder json(int status, String body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
  }

  private static void sleep(int millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
