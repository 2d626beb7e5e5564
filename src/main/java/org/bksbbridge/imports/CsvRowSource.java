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
 * Reads RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, an optional UTF-8 byte order mark
 * as Excel writes it), one line per row. The header names the learner fields, in any order and any
 * letter case; blank lines are ignored.
 *
 * <p>Unlike RFC 4180, a quoted value ends at its line: no learner field may hold a line break, and
 * a stray quote would otherwise swallow every row up to the next quote. Such a row is skipped with
 * its reason and the next line is read as the next row, so one bad row never costs the rest.
 */
public class CsvRowSource implements RowSource {
  private static final Set<String> REQUIRED = Set.of("reference", "firstName", "lastName");
  private static final Map<String, String> CANONICAL = canonicalNames();

  /** A row longer than this is not learner data: skipped unread, so memory stays bounded. */
  static final int MAX_ROW_CHARS = 100_000;

  static final String UNCLOSED =
      "has a quoted value not closed on its line: is a closing quote missing?";

  private final BufferedReader in;
  private final List<String> columns;
  private long row;

  /** Why the row just read is unreadable, or null. */
  private String broken;

  /** The last record ended with CR: a LF next belongs to it. */
  private boolean afterCarriageReturn;

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
    if (broken != null) {
      throw new UploadException("header", "the first row " + broken);
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
      if (broken != null) {
        return new ImportRow(row, Map.of(), broken);
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

  /**
   * One record, or null at the end of the file; advances {@link #row} past it. A record that cannot
   * be read sets {@link #broken}, and reading goes on at the next line.
   */
  private List<String> readRecord() throws IOException {
    broken = null;
    int c = in.read();
    if (c == '\n' && afterCarriageReturn) {
      c = in.read();
    }
    afterCarriageReturn = false;
    if (c < 0) {
      return null;
    }
    row++;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int length = 0;
    while (true) {
      boolean lineEnds = c < 0 || c == '\n' || c == '\r';
      if (!lineEnds && ++length > MAX_ROW_CHARS) {
        skipRestOfLine();
        broken = "is longer than " + MAX_ROW_CHARS + " characters";
        return fields;
      }
      if (quoted) {
        if (lineEnds) {
          afterCarriageReturn = c == '\r';
          broken = UNCLOSED;
          return fields;
        }
        if (c == '"') {
          c = in.read();
          if (c == '"') {
            field.append('"');
          } else {
            quoted = false;
            continue;
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
      } else if (lineEnds) {
        afterCarriageReturn = c == '\r';
        fields.add(field.toString());
        return fields;
      } else {
        field.append((char) c);
      }
      c = in.read();
    }
  }

  private void skipRestOfLine() throws IOException {
    int c = in.read();
    while (c >= 0 && c != '\n' && c != '\r') {
      c = in.read();
    }
    afterCarriageReturn = c == '\r';
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
