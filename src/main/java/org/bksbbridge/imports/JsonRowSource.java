package org.bksbbridge.imports;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import org.bksbbridge.json.FlatJson;
import org.bksbbridge.learner.LearnerValidator;

/**
 * Reads a JSON array of learner objects one element at a time. {@link JsonItems} cuts the array
 * into elements without understanding them, so an element that is not valid JSON (or is cut off at
 * the end of a truncated file) is one skipped row, not the end of the import.
 */
public class JsonRowSource implements RowSource {
  private static final Set<String> ALLOWED = LearnerValidator.ALL_NAMES;

  /** An element longer than this is not a learner: skipped without being held in memory. */
  static final int MAX_ITEM_CHARS = CsvRowSource.MAX_ROW_CHARS;

  private final JsonItems items;
  private long row;

  public JsonRowSource(InputStream in) throws IOException {
    items =
        new JsonItems(
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16),
            MAX_ITEM_CHARS);
    if (!items.openArray()) {
      throw new UploadException("body", "a JSON import must be an array of learner objects");
    }
  }

  @Override
  public ImportRow next() throws IOException {
    JsonItems.Item item = items.next();
    if (item == null) {
      return null;
    }
    row++;
    if (item.problem() != null) {
      return new ImportRow(row, Map.of(), item.problem());
    }
    JsonValue value;
    try (JsonParser parser = Json.createParser(new StringReader(item.text()))) {
      parser.next();
      value = parser.getValue();
      if (parser.hasNext()) {
        return new ImportRow(row, Map.of(), "is not valid JSON: more follows the value");
      }
    } catch (JsonException | NoSuchElementException | IllegalStateException e) {
      return new ImportRow(row, Map.of(), "is not valid JSON: " + e.getMessage());
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      return new ImportRow(row, Map.of(), "must be a JSON object");
    }
    Map<String, String> problems = new TreeMap<>();
    Map<String, String> values = FlatJson.flatten((JsonObject) value, ALLOWED, problems);
    String problem = problems.isEmpty() ? null : LearnerValidator.Invalid.describe(problems);
    return new ImportRow(row, values, problem);
  }

  @Override
  public void close() throws IOException {
    items.close();
  }
}
