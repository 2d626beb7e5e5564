package org.bksbbridge.settings;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.bksbbridge.text.FreeText;

/**
 * Tags per subject, applied when a learner's first initial assessment in that subject arrives:
 * {@code {"ENGLISH":[...],"MATHS":[...],"ICT":[...]}}. JSON here is the stored column's format, not
 * the API's.
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
   * Checks a change's tags and returns them as stored JSON (null when cleared); problems go into
   * {@code problems} under {@code field.SUBJECT}.
   */
  static String check(Map<String, List<String>> value, String field, Map<String, String> problems) {
    if (value == null) {
      return null;
    }
    JsonObjectBuilder stored = Json.createObjectBuilder();
    for (Map.Entry<String, List<String>> e : value.entrySet()) {
      String where = field + "." + e.getKey();
      if (!SUBJECTS.contains(e.getKey())) {
        problems.put(where, "unknown subject; subjects are " + String.join(", ", SUBJECTS));
        continue;
      }
      List<String> tags = new ArrayList<>();
      for (String t : e.getValue()) {
        String tag = t == null ? null : t.strip();
        String problem = tag == null || tag.isEmpty() ? null : FreeText.problem(tag);
        if (tag == null || tag.isEmpty() || tag.length() > MAX_TAG_LENGTH) {
          problems.put(where, "tags must be text of 1 to " + MAX_TAG_LENGTH + " characters");
        } else if (problem != null) {
          problems.put(where, "tags " + problem);
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
