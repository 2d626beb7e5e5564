package org.bksbbridge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.bksbbridge.refusal.Refusal;
import org.junit.jupiter.api.Test;

class JsonBodyReaderTest {
  private static Refusal refused(String body) {
    return assertThrows(
        Refusal.class, () -> JsonBodyReader.parse(body.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void onlyOneObjectOfModestDepthIsABody() {
    assertEquals(
        "N",
        JsonBodyReader.parse("{\"name\":\"N\"}".getBytes(StandardCharsets.UTF_8))
            .getString("name"));
    assertNull(JsonBodyReader.parse("  ".getBytes(StandardCharsets.UTF_8)));
    Refusal array = refused("[{\"name\":\"N\"}]");
    assertEquals(Refusal.Kind.INVALID, array.kind());
    assertEquals("must be a JSON object, not an array", array.fields().get("body"));
    assertEquals("must be a JSON object, not a string", refused("\"x\"").fields().get("body"));
    assertEquals("is not valid JSON", refused("{\"name\":").fields().get("body"));
    String deep = "[".repeat(1000) + "]".repeat(1000);
    assertEquals(
        "is nested more than 16 levels deep", refused("{\"a\":" + deep + "}").fields().get("body"));
  }

  @Test
  void aLargeBodyIsRefusedWithoutReadingIt() {
    MultivaluedHashMap<String, String> headers = new MultivaluedHashMap<>();
    headers.putSingle("Content-Length", String.valueOf(100L * 1024 * 1024));
    InputStream neverRead =
        new InputStream() {
          @Override
          public int read() {
            throw new AssertionError("the body was read");
          }
        };
    Refusal e =
        assertThrows(
            Refusal.class,
            () ->
                new JsonBodyReader(() -> JsonBodyReader.DEFAULT_MAX_BYTES)
                    .readFrom(JsonObject.class, null, null, null, headers, neverRead));
    assertEquals(Refusal.Kind.TOO_LARGE, e.kind());

    byte[] chunked = new byte[JsonBodyReader.DEFAULT_MAX_BYTES + 10];
    java.util.Arrays.fill(chunked, (byte) ' ');
    ByteArrayInputStream in = new ByteArrayInputStream(chunked);
    Refusal unannounced =
        assertThrows(
            Refusal.class,
            () ->
                new JsonBodyReader(() -> JsonBodyReader.DEFAULT_MAX_BYTES)
                    .readFrom(JsonObject.class, null, null, null, new MultivaluedHashMap<>(), in));
    assertEquals(Refusal.Kind.TOO_LARGE, unannounced.kind());
    assertEquals(9, in.available(), "read one byte past the limit, no further");
  }
}
