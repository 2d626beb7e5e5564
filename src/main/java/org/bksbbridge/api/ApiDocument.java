package org.bksbbridge.api;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The build's filter of the OpenAPI document (smallrye-open-api-maven-plugin in pom.xml): it
 * attaches the error answers the package declares ({@code package-info.java}) to the operations.
 * Refusals follow from the API's shape (everything needs sign-in; a path with a parameter can name
 * what is not there or not the caller's; a parameter or body can be wrong; any write can race
 * another, which answers 409; the database can be away for a moment, which answers 503), so they
 * are added by rule here, and each resource declares only what is its own: a 410, 413 or 502. The
 * document is made at build time, so this class does nothing in the server.
 */
public class ApiDocument implements OASFilter {
  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{[^}]+}");

  /** Only who-am-I needs no command: any signed-in user may ask it. */
  private static final String NO_COMMAND = "/api/v1/me";

  @Override
  public void filterOpenAPI(OpenAPI api) {
    // Every error answer is the one error body; only those with an example declare it.
    api.getComponents()
        .getResponses()
        .values()
        .forEach(
            answer -> {
              if (answer.getContent() == null) {
                answer.setContent(
                    OASFactory.createContent()
                        .addMediaType(
                            "application/json",
                            OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("ErrorBody"))));
              }
            });
    api.getPaths()
        .getPathItems()
        .forEach(
            (path, item) ->
                item.getOperations()
                    .forEach((method, op) -> addRefusals(path, method != HttpMethod.GET, op)));
  }

  private static void addRefusals(String path, boolean writes, Operation op) {
    APIResponses answers = op.getResponses();
    boolean hasInput =
        op.getRequestBody() != null
            || (op.getParameters() != null && !op.getParameters().isEmpty())
            || PATH_PARAMETER.matcher(path).find();
    // In status order, so that every build writes the same document.
    List.of(
            Map.entry("400", hasInput ? "BadRequest" : ""),
            Map.entry("401", "Unauthorized"),
            Map.entry("403", path.equals(NO_COMMAND) ? "" : "Forbidden"),
            Map.entry("404", PATH_PARAMETER.matcher(path).find() ? "NotFound" : ""),
            Map.entry("409", writes ? "Conflict" : ""),
            Map.entry("503", "Unavailable"))
        .forEach(
            answer -> {
              if (!answer.getValue().isEmpty() && !answers.hasAPIResponse(answer.getKey())) {
                answers.addAPIResponse(
                    answer.getKey(), OASFactory.createAPIResponse().ref(answer.getValue()));
              }
            });
  }
}
