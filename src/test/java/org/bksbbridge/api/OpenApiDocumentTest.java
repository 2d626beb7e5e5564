package org.bksbbridge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.bksbbridge.jobs.JobService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the build makes, read as an MIS developer's generator reads it: every
 * operation named, summarised, tagged, with a typed answer and the error body on its refusals.
 * Redocly's own rules are {@link OpenApiLintTest}'s.
 */
class OpenApiDocumentTest {
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
  private static JsonObject document;

  private record Op(String method, String path, JsonObject body) {
    String name() {
      return method.toUpperCase() + " " + path;
    }
  }

  @BeforeAll
  static void read() throws Exception {
    try (InputStream in = OpenApiResource.class.getResourceAsStream("openapi.json")) {
      assertTrue(in != null, "the build makes openapi.json (process-classes)");
      document = Json.createReader(in).readObject();
    }
  }

  private static List<Op> operations() {
    List<Op> ops = new ArrayList<>();
    document
        .getJsonObject("paths")
        .forEach(
            (path, item) ->
                item.asJsonObject()
                    .forEach(
                        (method, op) -> {
                          if (METHODS.contains(method)) {
                            ops.add(new Op(method, path, op.asJsonObject()));
                          }
                        }));
    return ops;
  }

  @Test
  void everyOperationIsNamedOnceSummarisedAndTagged() {
    Set<String> ids = new HashSet<>();
    for (Op op : operations()) {
      String id = op.body().getString("operationId", "");
      assertTrue(id.matches("[a-z][A-Za-z]+"), op.name() + " has an operationId: " + id);
      assertTrue(ids.add(id), "operationId " + id + " is used once");
      assertTrue(!op.body().getString("summary", "").isBlank(), op.name() + " has a summary");
      assertEquals(1, op.body().getJsonArray("tags").size(), op.name() + " has one tag");
    }
    assertTrue(ids.size() > 50, "every operation of the API is in the document: " + ids.size());
  }

  @Test
  void everyAnswerIsTypedAndEveryRefusalCarriesTheErrorBody() {
    for (Op op : operations()) {
      JsonObject answers = op.body().getJsonObject("responses");
      Set<String> success =
          answers.keySet().stream().filter(c -> c.startsWith("2")).collect(Collectors.toSet());
      assertTrue(!success.isEmpty(), op.name() + " has a success answer");
      for (String code : success) {
        JsonObject answer = answers.getJsonObject(code);
        assertTrue(
            code.equals("204") || answer.containsKey("content"),
            op.name() + " " + code + " says what it answers");
      }
      assertTrue(answers.containsKey("401"), op.name() + " answers 401");
      answers.forEach(
          (code, answer) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
              String ref = answer.asJsonObject().getString("$ref", "");
              assertTrue(ref.startsWith("#/components/responses/"), op.name() + " " + code);
            }
          });
    }
    JsonObject refusals = document.getJsonObject("components").getJsonObject("responses");
    refusals.forEach(
        (name, r) ->
            assertEquals(
                "#/components/schemas/ErrorBody",
                r.asJsonObject()
                    .getJsonObject("content")
                    .getJsonObject("application/json")
                    .getJsonObject("schema")
                    .getString("$ref"),
                name));
  }

  @Test
  void everyJsonBodyIsANamedSchema() {
    for (Op op : operations()) {
      JsonObject body = op.body().getJsonObject("requestBody");
      if (body == null) {
        continue;
      }
      JsonObject json = body.getJsonObject("content").getJsonObject("application/json");
      JsonObject schema = json.getJsonObject("schema");
      JsonObject named = schema.containsKey("items") ? schema.getJsonObject("items") : schema;
      assertTrue(
          named.getString("$ref", "").startsWith("#/components/schemas/"),
          op.name() + "'s body is a named schema, not a bare object: " + schema);
    }
  }

  @Test
  void numbersInTheQueryAreTypedAsNumbers() {
    Set<String> numeric = Set.of("page", "size", "limit", "executionId", "accountId");
    for (Op op : operations()) {
      JsonValue parameters = op.body().get("parameters");
      if (parameters == null) {
        continue;
      }
      for (JsonValue p : parameters.asJsonArray()) {
        JsonObject parameter = p.asJsonObject();
        if (numeric.contains(parameter.getString("name"))) {
          assertEquals(
              "integer",
              parameter.getJsonObject("schema").getString("type", ""),
              op.name() + " " + parameter.getString("name"));
        }
      }
    }
  }

  @Test
  void theJobsOneMayStartAreTheOnesTheServiceStarts() {
    JsonObject start =
        document
            .getJsonObject("paths")
            .getJsonObject("/api/v1/jobs/{jobName}")
            .getJsonObject("post");
    Set<String> listed =
        start.getJsonArray("parameters").stream()
            .map(JsonValue::asJsonObject)
            .filter(p -> p.getString("name").equals("jobName"))
            .flatMap(p -> p.getJsonObject("schema").getJsonArray("enum").stream())
            .map(v -> ((JsonString) v).getString())
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(JobService.STARTABLE), listed);
  }
}
