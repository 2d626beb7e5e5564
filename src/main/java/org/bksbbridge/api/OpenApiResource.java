package org.bksbbridge.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.bksbbridge.refusal.Refusal;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /api/v1/openapi}: this API's OpenAPI 3.1 document, to any signed-in user (web.xml),
 * JSON unless YAML is asked for ({@code Accept: application/yaml} or {@code ?format=yaml}). The
 * document is made at build time from the resources' annotations (smallrye-open-api-maven-plugin in
 * pom.xml), so it is the one the tests and the generated clients see, never rebuilt at run time.
 */
@Path("openapi")
@ApplicationScoped
public class OpenApiResource {
  static final MediaType YAML = MediaType.valueOf("application/yaml");

  @GET
  @Operation(hidden = true)
  @Produces({MediaType.APPLICATION_JSON, "application/yaml;qs=0.5"})
  public Response document(@QueryParam("format") String format, @Context HttpHeaders headers) {
    if (format != null && !format.equalsIgnoreCase("json") && !format.equalsIgnoreCase("yaml")) {
      throw Refusal.invalid("invalid request", Map.of("format", "json or yaml"));
    }
    boolean yaml =
        format != null
            ? format.equalsIgnoreCase("yaml")
            : headers.getAcceptableMediaTypes().stream()
                .anyMatch(t -> !t.isWildcardType() && t.isCompatible(YAML));
    return Response.ok(
            read(yaml ? "openapi.yaml" : "openapi.json"),
            yaml ? YAML : MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  private static byte[] read(String name) {
    try (InputStream in = OpenApiResource.class.getResourceAsStream(name)) {
      if (in == null) {
        // Built without Maven's process-classes phase (an IDE's own compile): no document made.
        throw new NotFoundException("no OpenAPI document was built into this application");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
