package org.bksbbridge.imports;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bksbbridge.api.JsonFields;
import org.bksbbridge.learner.LearnerValidator;

/**
 * Reads a JSON array of learner objects with a streaming parser: one object in memory at a time.
 */
public class JsonRowSource implements RowSource {
  private static final Set<String> ALLOWED = LearnerValidator.ALL_NAMES;

  private final JsonParser parser;
  private long row;

  public JsonRowSource(InputStream in) {
    parser = Json.createParser(in);
    try {
      if (!parser.hasNext() || parser.next() != JsonParser.Event.START_ARRAY) {
        throw new UploadException("body", "a JSON import must be an array of learner objects");
      }
    } catch (JsonParsingException e) {
      throw new UploadException("body", "not valid JSON: " + e.getMessage());
    }
  }

  @Override
  public ImportRow next() {
    long item = row + 1;
    try {
      JsonParser.Event event = parser.next();
      if (event == JsonParser.Event.END_ARRAY) {
        return null;
      }
      row = item;
      if (event != JsonParser.Event.START_OBJECT) {
        if (event == JsonParser.Event.START_ARRAY) {
          parser.skipArray();
        }
        return new ImportRow(row, Map.of(), "must be a JSON object");
      }
      Map<String, String> problems = new TreeMap<>();
      Map<String, String> values = JsonFields.flatten(parser.getObject(), ALLOWED, problems);
      String problem = problems.isEmpty() ? null : LearnerValidator.Invalid.describe(problems);
      return new ImportRow(row, values, problem);
    } catch (JsonException | java.util.NoSuchElementException e) {
      throw new UploadException("body", "item " + item + ": not valid JSON: " + e.getMessage());
    }
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
