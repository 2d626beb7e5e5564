package org.bksbbridge.json;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads a flat JSON object into text values, so JSON bodies, JSON imports and CSV rows all go
 * through the same validation and give the same messages.
 */
public final class FlatJson {
  private FlatJson() {}

  /**
   * @param allowed the names accepted, or null to accept any (the caller then checks names)
   * @return field name to text (null for JSON null); problems per field for unknown names and
   *     nested values
   */
  public static Map<String, String> flatten(
      JsonObject object, Set<String> allowed, Map<String, String> problems) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> e : object.entrySet()) {
      String name = e.getKey();
      if (allowed != null && !allowed.contains(name)) {
        problems.put(name, "unknown field");
        continue;
      }
      JsonValue v = e.getValue();
      switch (v.getValueType()) {
        case NULL -> values.put(name, null);
        case STRING -> values.put(name, ((JsonString) v).getString());
        case TRUE -> values.put(name, "true");
        case FALSE -> values.put(name, "false");
        case NUMBER -> values.put(name, ((JsonNumber) v).toString());
        default -> problems.put(name, "must be a single value, not an object or array");
      }
    }
    return values;
  }
}
