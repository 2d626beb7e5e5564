package org.bksbbridge.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a whole small upload into rows, for the reader tests. */
final class Rows {
  private Rows() {}

  static List<ImportRow> readAll(ImportFormat format, String text) throws IOException {
    try (RowSource rows =
        format.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      List<ImportRow> all = new ArrayList<>();
      for (ImportRow r = rows.next(); r != null; r = rows.next()) {
        all.add(r);
      }
      return all;
    }
  }
}
