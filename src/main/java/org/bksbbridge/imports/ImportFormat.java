package org.bksbbridge.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

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

  /** Opens a reader over an upload; a bad header or an upload that is no array fails here. */
  public RowSource open(InputStream in) throws IOException {
    return this == CSV ? new CsvRowSource(in) : new JsonRowSource(in);
  }
}
