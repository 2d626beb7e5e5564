package org.bksbbridge.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvRowSourceTest {
  private static List<ImportRow> read(String csv) throws IOException {
    return Rows.readAll(ImportFormat.CSV, csv);
  }

  @Test
  void quotedValuesAndRowNumbersAsAnEditorShowsThem() throws IOException {
    List<ImportRow> rows =
        read(
            "reference,firstName,lastName\r\n"
                + "A1,\"Smith, Jo\",\"O\"\"Neil\"\r\n"
                + "\r\n"
                + "A2,Two,X\n"
                + "A3,Last,Row");
    assertEquals(3, rows.size());
    assertEquals("Smith, Jo", rows.get(0).values().get("firstName"));
    assertEquals("O\"Neil", rows.get(0).values().get("lastName"));
    assertEquals(2, rows.get(0).row());
    // The blank line is row 3.
    assertEquals(4, rows.get(1).row());
    assertEquals(5, rows.get(2).row());
    assertEquals("Row", rows.get(2).values().get("lastName"), "a last line without a line break");
  }

  @Test
  void headerIgnoresCaseOrderAndByteOrderMark() throws IOException {
    ImportRow row = read("\uFEFFLASTNAME,Reference,firstname,EMAIL\nB,R1,A,a@b.ac.uk\n").get(0);
    assertEquals("R1", row.values().get("reference"));
    assertEquals("A", row.values().get("firstName"));
    assertEquals("B", row.values().get("lastName"));
    assertEquals("a@b.ac.uk", row.values().get("email"));
  }

  @Test
  void shortRowsLeaveTheRestBlankLongRowsCarryAProblem() throws IOException {
    List<ImportRow> rows =
        read("reference,firstName,lastName,email\nR1,A,B\nR2,A,B,c@d.ac.uk,extra\n");
    assertNull(rows.get(0).values().get("email"));
    assertNull(rows.get(0).problem());
    assertEquals("has 5 values but the header has 4 columns", rows.get(1).problem());
  }

  @Test
  void badHeadersAreRefusedBeforeAnyRow() {
    assertEquals(
        "the file is empty; the first row must name the columns",
        assertThrows(UploadException.class, () -> read("")).getMessage());
    assertTrue(
        assertThrows(UploadException.class, () -> read("reference,firstName,lastName,age\n"))
            .getMessage()
            .startsWith("unknown column 'age'"));
    assertEquals(
        "column 'email' appears twice",
        assertThrows(
                UploadException.class, () -> read("reference,firstName,lastName,email,Email\n"))
            .getMessage());
    UploadException missing =
        assertThrows(UploadException.class, () -> read("reference,firstName\n"));
    assertEquals("column 'lastName' is required", missing.getMessage());
    assertEquals("header", missing.field());
  }

  @Test
  void anUnclosedQuoteIsOneSkippedRowAndTheRowsBelowItAreRead() throws IOException {
    List<ImportRow> rows =
        read("reference,firstName,lastName\r\nR1,A,B\r\nR2,\"A,B\r\nR3,C,D\r\nR4,\"E\",F\nR5,\"G");
    assertEquals(5, rows.size());
    assertEquals(CsvRowSource.UNCLOSED, rows.get(1).problem());
    assertEquals(3, rows.get(1).row());
    assertEquals(Map.of(), rows.get(1).values());
    // Its quote would have paired with R4's and swallowed R3 whole.
    assertEquals("R3", rows.get(2).values().get("reference"));
    assertEquals(4, rows.get(2).row());
    assertEquals("E", rows.get(3).values().get("firstName"));
    assertNull(rows.get(3).problem());
    assertEquals(CsvRowSource.UNCLOSED, rows.get(4).problem(), "the file ends inside a quote");
    assertEquals(6, rows.get(4).row());
  }

  @Test
  void aRowOverTheLimitIsSkippedUnread() throws IOException {
    String huge = "x".repeat(CsvRowSource.MAX_ROW_CHARS + 10);
    List<ImportRow> rows = read("reference,firstName,lastName\nR1," + huge + ",B\nR2,A,B\n");
    assertEquals("is longer than 100000 characters", rows.get(0).problem());
    assertEquals(2, rows.get(0).row());
    assertEquals("R2", rows.get(1).values().get("reference"));
    assertEquals(3, rows.get(1).row());
  }

  @Test
  void aRowOfExactlyTheLimitIsRead() throws IOException {
    String name = "x".repeat(CsvRowSource.MAX_ROW_CHARS - "R1,,B".length());
    List<ImportRow> rows = read("reference,firstName,lastName\nR1," + name + ",B\nR2,A,B\n");
    assertNull(rows.get(0).problem());
    assertEquals("R2", rows.get(1).values().get("reference"));
  }

  @Test
  void aBrokenHeaderIsTheWholeFilesProblem() {
    UploadException e =
        assertThrows(UploadException.class, () -> read("reference,\"firstName,lastName\nR1,A,B\n"));
    assertEquals("the first row " + CsvRowSource.UNCLOSED, e.getMessage());
  }

  @Test
  void aLargeFileStreamsWithoutBeingHeldInMemory() throws IOException {
    int rows = 100_000;
    InputStream generated =
        new InputStream() {
          private final byte[] header =
              "reference,firstName,lastName\n".getBytes(StandardCharsets.UTF_8);
          private byte[] current = header;
          private int pos;
          private int produced;

          @Override
          public int read() {
            if (pos == current.length) {
              if (produced == rows) {
                return -1;
              }
              produced++;
              current = ("R" + produced + ",First,Last\n").getBytes(StandardCharsets.UTF_8);
              pos = 0;
            }
            return current[pos++];
          }
        };
    long count = 0;
    ImportRow last = null;
    try (RowSource source = ImportFormat.CSV.open(generated)) {
      for (ImportRow r = source.next(); r != null; r = source.next()) {
        count++;
        last = r;
      }
    }
    assertEquals(rows, count);
    assertEquals("R" + rows, last.values().get("reference"));
    assertEquals(rows + 1, last.row());
  }
}
