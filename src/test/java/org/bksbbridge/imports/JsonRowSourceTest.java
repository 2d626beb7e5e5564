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
    assertTrue(
        assertThrows(UploadException.class, () -> read("[{\"reference\":\"x\"}, {"))
            .getMessage()
            .startsWith("item 2: not valid JSON"));
  }
}
