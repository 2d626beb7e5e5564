package org.bksbbridge.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.bksbbridge.refusal.Refusal;

/** The upload formats the learner import reads. */
public enum ImportFormat {
  CSV,
  JSON;

  public static ImportFormat fromMediaType(String mediaType) {
    String m = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
    if (m.startsWith("text/csv")) {
      return CSV;
    }
    if (m.startsWith("application/json")) {
      return JSON;
    }
    return null;
  }

  /**
   * The charset a Content-Type names, UTF-8 when it names none.
   *
   * @throws Refusal 400 for a charset this server does not know
   */
  public static Charset charsetOf(String mediaType) {
    if (mediaType != null) {
      for (String part : mediaType.split(";")) {
        String p = part.strip();
        if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
          String name = p.substring(8).replace("\"", "").strip();
          try {
            return Charset.forName(name);
          } catch (IllegalArgumentException e) {
            throw Refusal.invalid("charset", "unknown charset " + name);
          }
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  /**
   * @return the format a job parameter names (any letter case), or null for none of them
   */
  public static ImportFormat parameter(String name) {
    for (ImportFormat f : values()) {
      if (f.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
        return f;
      }
    }
    return null;
  }

  /** The row a whole-file problem is listed under: a CSV's header row, or 0 for a JSON file. */
  public long wholeFileRow() {
    return this == CSV ? 1 : 0;
  }

  /**
   * Opens a reader over an upload; a bad header or an upload that is no array fails here, and then
   * closes the stream (no reader took it over, so no caller's try-with-resources would).
   */
  public RowSource open(InputStream in) throws IOException {
    try {
      return this == CSV ? new CsvRowSource(in) : new JsonRowSource(in);
    } catch (Exception e) {
      in.close();
      throw e;
    }
  }
}
