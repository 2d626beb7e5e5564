package org.bksbbridge.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRowSourceTest {
  private static List<ImportRow> read(String json) throws IOException {
    return Rows.readAll(ImportFormat.JSON, json);
  }

  @Test
  void objectsBecomeRowsNumberedFromOne() throws IOException {
    List<ImportRow> rows =
        read(
            "[{\"reference\":\"J1\",\"firstName\":\"Jo\",\"emailVerified\":true,\"email\":null},"
                + " 7, [1], {\"reference\":\"J2\",\"tags\":{\"a\":1},\"age\":3}]");
    assertEquals(4, rows.size());
    assertEquals("J1", rows.get(0).values().get("reference"));
    assertEquals("true", rows.get(0).values().get("emailVerified"));
    assertNull(rows.get(0).values().get("email"));
    assertNull(rows.get(0).problem());
    assertEquals("must be a JSON object", rows.get(1).problem());
    assertEquals(3, rows.get(2).row());
    assertEquals("must be a JSON object", rows.get(2).problem());
    assertEquals(4, rows.get(3).row());
    assertEquals("age unknown field; tags unknown field", rows.get(3).problem());
  }

  @Test
  void anEmptyArrayHasNoRows() throws IOException {
    assertTrue(read("[]").isEmpty());
  }

  @Test
  void anythingButAnArrayIsRefused() {
    assertEquals(
        "a JSON import must be an array of learner objects",
        assertThrows(UploadException.class, () -> read("{\"reference\":\"x\"}")).getMessage());
    assertThrows(UploadException.class, () -> read(""));
  }

  @Test
  void aBrokenElementIsOneSkippedRowAndTheElementsAfterItAreRead() throws IOException {
    List<ImportRow> rows =
        read(
            "[{\"reference\":\"J1\"}, {\"reference\": }, {\"reference\":\"a,]}\\\"\"}}, ,"
                + " {\"reference\":\"J5\"}]");
    assertEquals(5, rows.size());
    assertNull(rows.get(0).problem());
    assertTrue(rows.get(1).problem().startsWith("is not valid JSON"), rows.get(1).problem());
    assertEquals(2, rows.get(1).row());
    assertTrue(rows.get(2).problem().startsWith("is not valid JSON"), "a stray closing brace");
    assertEquals(
        "is empty: two commas in a row, or a comma before the closing ]", rows.get(3).problem());
    assertEquals("J5", rows.get(4).values().get("reference"));
    assertEquals(5, rows.get(4).row());
  }

  @Test
  void aTruncatedFileKeepsItsWholeElementsAndSaysWhereItWasCut() throws IOException {
    List<ImportRow> cut =
        read("[{\"reference\":\"J1\"},\n{\"reference\":\"J2\",\"firstName\":\"Tr");
    assertEquals(2, cut.size());
    assertEquals("J1", cut.get(0).values().get("reference"));
    assertEquals(
        "is cut off: the file ends inside it (is the file truncated?)", cut.get(1).problem());
    List<ImportRow> unclosed = read("[{\"reference\":\"J1\"}");
    assertEquals(2, unclosed.size());
    assertNull(unclosed.get(0).problem());
    assertEquals(
        "is missing: the file ends without the array's closing ]", unclosed.get(1).problem());
  }

  @Test
  void anElementOverTheLimitIsSkippedUnheld() throws IOException {
    String huge = "x".repeat(JsonRowSource.MAX_ITEM_CHARS);
    List<ImportRow> rows = read("[{\"firstName\":\"" + huge + "\"}, {\"reference\":\"J2\"}]");
    assertEquals("is longer than 100000 characters", rows.get(0).problem());
    assertEquals("J2", rows.get(1).values().get("reference"));
  }
}
