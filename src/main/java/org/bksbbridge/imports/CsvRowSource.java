package org.bksbbridge.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bksbbridge.learner.LearnerValidator;

/**
 * Reads RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF, an
 * optional UTF-8 byte order mark as Excel writes it). The header names the learner fields, in any
 * order and any letter case; blank lines are ignored.
 */
public class CsvRowSource implements RowSource {
  private static final Set<String> REQUIRED = Set.of("reference", "firstName", "lastName");
  private static final Map<String, String> CANONICAL = canonicalNames();

  /** A row longer than this is a missing closing quote, not data: stop before memory runs out. */
  static final int MAX_ROW_CHARS = 100_000;

  private final BufferedReader in;
  private final List<String> columns;
  private long row;

  public CsvRowSource(InputStream stream) throws IOException {
    in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8), 1 << 16);
    in.mark(1);
    if (in.read() != '\uFEFF') {
      in.reset();
    }
    List<String> header = readRecord();
    if (header == null) {
      throw new UploadException("header", "the file is empty; the first row must name the columns");
    }
    columns = checkHeader(header);
  }

  private static List<String> checkHeader(List<String> header) {
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String h : header) {
      String name = CANONICAL.get(h.strip().toLowerCase(Locale.ROOT));
      if (name == null) {
        throw new UploadException(
            "header",
            "unknown column '"
                + h.strip()
                + "'; columns are reference, "
                + String.join(", ", LearnerValidator.FIELDS));
      }
      if (!seen.add(name)) {
        throw new UploadException("header", "column '" + name + "' appears twice");
      }
      names.add(name);
    }
    for (String required : REQUIRED) {
      if (!seen.contains(required)) {
        throw new UploadException("header", "column '" + required + "' is required");
      }
    }
    return List.copyOf(names);
  }

  @Override
  public ImportRow next() throws IOException {
    List<String> record;
    do {
      record = readRecord();
      if (record == null) {
        return null;
      }
    } while (record.size() == 1 && record.get(0).isBlank());
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      values.put(columns.get(i), i < record.size() ? record.get(i) : null);
    }
    String problem = null;
    if (record.size() > columns.size()) {
      problem =
          "has " + record.size() + " values but the header has " + columns.size() + " columns";
    }
    return new ImportRow(row, values, problem);
  }

  /** One record, or null at the end of the file. Advances {@link #row} past it. */
  private List<String> readRecord() throws IOException {
    int c = in.read();
    if (c < 0) {
      return null;
    }
    row++;
    long startRow = row;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int length = 0;
    while (true) {
      if (++length > MAX_ROW_CHARS) {
        throw new UploadException(
            "body",
            "row "
                + startRow
                + " is longer than "
                + MAX_ROW_CHARS
                + " characters; is a closing quote missing?");
      }
      if (quoted) {
        if (c < 0) {
          throw new UploadException("body", "row " + startRow + ": a quoted value is never closed");
        }
        if (c == '"') {
          in.mark(1);
          int next = in.read();
          if (next == '"') {
            field.append('"');
          } else {
            quoted = false;
            in.reset();
          }
        } else {
          field.append((char) c);
        }
      } else if (c == '"' && field.isEmpty() && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\n' || c == '\r' || c < 0) {
        if (c == '\r') {
          in.mark(1);
          if (in.read() != '\n') {
            in.reset();
          }
        }
        fields.add(field.toString());
        return fields;
      } else {
        field.append((char) c);
      }
      c = in.read();
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private static Map<String, String> canonicalNames() {
    Map<String, String> m = new HashMap<>();
    m.put(LearnerValidator.REFERENCE, LearnerValidator.REFERENCE);
    for (String f : LearnerValidator.FIELDS) {
      m.put(f.toLowerCase(Locale.ROOT), f);
    }
    return Map.copyOf(m);
  }
}
