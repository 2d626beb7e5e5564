package org.bksbbridge.json;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bksbbridge.refusal.Refusal;

/** Reads a flat request body for the resources; the reading itself is {@link FlatJson}'s. */
public final class JsonFields {
  private JsonFields() {}

  /** Flattens a request body, answering 400 for anything that is not a flat object. */
  public static Map<String, String> requireFlat(JsonObject body, Set<String> allowed) {
    if (body == null) {
      throw Refusal.invalid("a JSON object body is required", Map.of());
    }
    Map<String, String> problems = new TreeMap<>();
    Map<String, String> values = FlatJson.flatten(body, allowed, problems);
    if (!problems.isEmpty()) {
      throw Refusal.invalid("invalid request", problems);
    }
    return values;
  }
}
