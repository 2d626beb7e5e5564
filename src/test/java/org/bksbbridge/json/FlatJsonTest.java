package org.bksbbridge.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FlatJsonTest {
  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  @Test
  void valuesBecomeTextAndNullStaysNull() {
    Map<String, String> problems = new TreeMap<>();
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("a", "x");
    expected.put("b", "true");
    expected.put("c", "12.5");
    expected.put("d", null);
    assertEquals(
        expected,
        FlatJson.flatten(json("{\"a\":\"x\",\"b\":true,\"c\":12.5,\"d\":null}"), null, problems));
    assertEquals(Map.of(), problems);
  }

  @Test
  void unknownNamesAndNestedValuesAreProblemsOfTheirField() {
    Map<String, String> problems = new HashMap<>();
    Map<String, String> values =
        FlatJson.flatten(
            json("{\"a\":\"x\",\"zzz\":1,\"b\":[1],\"c\":{}}"), Set.of("a", "b", "c"), problems);
    assertEquals(Map.of("a", "x"), values);
    assertEquals(
        Map.of(
            "zzz", "unknown field",
            "b", "must be a single value, not an object or array",
            "c", "must be a single value, not an object or array"),
        problems);
  }
}
