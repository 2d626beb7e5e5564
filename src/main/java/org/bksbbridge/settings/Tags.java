package org.bksbbridge.settings;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Tags per subject, applied when a learner's first initial assessment in that subject arrives:
 * {@code {"ENGLISH":[...],"MATHS":[...],"ICT":[...]}}.
 */
final class Tags {
  static final List<String> SUBJECTS = List.of("ENGLISH", "MATHS", "ICT");
  private static final int MAX_TAGS = 20;
  private static final int MAX_TAG_LENGTH = 50;

  private Tags() {}

  /** Every subject present, in order, with an empty list where none are set. */
  static Map<String, List<String>> read(String json) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    SUBJECTS.forEach(s -> out.put(s, List.of()));
    if (json == null || json.isBlank()) {
      return out;
    }
    JsonObject o = Json.createReader(new StringReader(json)).readObject();
    for (String s : SUBJECTS) {
      JsonArray a = o.getJsonArray(s);
      if (a != null) {
        out.put(s, a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
      }
    }
    return out;
  }

  /**
   * Checks a request's tags and returns them as stored JSON; problems go into {@code problems}
   * under {@code field}.
   */
  static String check(JsonValue value, String field, Map<String, String> problems) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      problems.put(field, "must be an object like {\"ENGLISH\":[\"tag\"],\"MATHS\":[],\"ICT\":[]}");
      return null;
    }
    JsonObjectBuilder stored = Json.createObjectBuilder();
    for (Map.Entry<String, JsonValue> e : value.asJsonObject().entrySet()) {
      String where = field + "." + e.getKey();
      if (!SUBJECTS.contains(e.getKey())) {
        problems.put(where, "unknown subject; subjects are " + String.join(", ", SUBJECTS));
        continue;
      }
      if (e.getValue().getValueType() != JsonValue.ValueType.ARRAY) {
        problems.put(where, "must be an array of tags");
        continue;
      }
      List<String> tags = new ArrayList<>();
      for (JsonValue t : e.getValue().asJsonArray()) {
        String tag = t instanceof JsonString s ? s.getString().strip() : null;
        if (tag == null || tag.isEmpty() || tag.length() > MAX_TAG_LENGTH) {
          problems.put(where, "tags must be text of 1 to " + MAX_TAG_LENGTH + " characters");
        } else {
          tags.add(tag);
        }
      }
      if (tags.size() > MAX_TAGS) {
        problems.put(where, "at most " + MAX_TAGS + " tags");
      }
      JsonArrayBuilder a = Json.createArrayBuilder();
      new LinkedHashSet<>(tags).forEach(a::add);
      stored.add(e.getKey(), a);
    }
    return stored.build().toString();
  }
}
