package org.bksbbridge.webhooks;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bksbbridge.events.EventView;

/** A webhook request's body as typed input, and a delivery's body as the receiver gets it. */
final class WebhookJson {
  private WebhookJson() {}

  /** What {@code POST /webhooks} asks for. */
  static WebhookRequest read(JsonObject body) {
    // Lenient here: the service checks the caller first, then says what is missing or wrong.
    JsonValue url = body == null ? null : body.get("url");
    JsonValue events = body == null ? null : body.get("events");
    List<String> types = null;
    if (events instanceof JsonArray list) {
      types = new ArrayList<>();
      for (JsonValue v : list) {
        types.add(v instanceof JsonString s ? s.getString() : v.toString());
      }
    }
    return new WebhookRequest(url instanceof JsonString s ? s.getString() : null, types);
  }

  /** Standard Webhooks' body: {@code {"type", "timestamp", "data"}}, the centre in the data. */
  static String body(EventView e) {
    JsonObjectBuilder data = Json.createObjectBuilder().add("centre", e.centre());
    for (Map.Entry<String, Object> f : e.data().entrySet()) {
      Object v = f.getValue();
      if (v == null) {
        data.addNull(f.getKey());
      } else if (v instanceof Boolean b) {
        data.add(f.getKey(), b);
      } else if (v instanceof Long n) {
        data.add(f.getKey(), n);
      } else if (v instanceof BigDecimal n) {
        data.add(f.getKey(), n);
      } else {
        data.add(f.getKey(), v.toString());
      }
    }
    return Json.createObjectBuilder()
        .add("type", e.type())
        .add("timestamp", e.time().toString())
        .add("data", data)
        .build()
        .toString();
  }
}
