package org.bksbbridge.events;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.Map;

/** An event's data as stored (a JSON object, text) and as read back for the feed. */
final class EventJson {
  /** A text value is cut here, so that no event outgrows its column. */
  static final int TEXT_MAX = 400;

  private EventJson() {}

  static String write(Map<String, ?> data) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    data.forEach(
        (k, v) -> {
          if (v == null) {
            b.addNull(k);
          } else if (v instanceof Boolean x) {
            b.add(k, x);
          } else if (v instanceof Integer || v instanceof Long) {
            b.add(k, ((Number) v).longValue());
          } else if (v instanceof Number x) {
            b.add(k, new BigDecimal(x.toString()));
          } else {
            String s = v instanceof TemporalAccessor ? v.toString() : String.valueOf(v);
            b.add(k, s.length() > TEXT_MAX ? s.substring(0, TEXT_MAX) : s);
          }
        });
    String out = b.build().toString();
    if (out.length() > MisEvent.PAYLOAD_MAX) {
      throw new IllegalArgumentException("an event's data outgrows its column: " + data.keySet());
    }
    return out;
  }

  static Map<String, Object> read(String payload) {
    JsonObject o = Json.createReader(new StringReader(payload)).readObject();
    Map<String, Object> out = new LinkedHashMap<>();
    o.forEach((k, v) -> out.put(k, value(v)));
    return out;
  }

  private static Object value(JsonValue v) {
    return switch (v.getValueType()) {
      case STRING -> ((JsonString) v).getString();
      case NUMBER -> {
        JsonNumber n = (JsonNumber) v;
        yield n.isIntegral() ? (Object) n.longValue() : n.bigDecimalValue();
      }
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NULL -> null;
      default -> v.toString();
    };
  }
}
