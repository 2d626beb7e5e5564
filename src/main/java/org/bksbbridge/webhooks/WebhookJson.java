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
import org.bksbbridge.refusal.Refusal;

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
    JsonValue batch = body == null ? null : body.get("batch");
    if (batch != null && batch != JsonValue.TRUE && batch != JsonValue.FALSE) {
      throw Refusal.invalid("batch", "must be true or false");
    }
    return new WebhookRequest(
        url instanceof JsonString s ? s.getString() : null, types, batch == JsonValue.TRUE);
  }

  /**
   * A batch: {@code {"type": "batch", "timestamp", "data": {"events": [...]}}}, each event as one
   * delivery's body would be, with its {@code id}.
   */
  static String batchBody(List<EventView> events, java.time.Instant now) {
    jakarta.json.JsonArrayBuilder list = Json.createArrayBuilder();
    for (EventView e : events) {
      list.add(
          Json.createObjectBuilder()
              .add("id", e.id())
              .add("type", e.type())
              .add("timestamp", e.time().toString())
              .add("data", data(e)));
    }
    return Json.createObjectBuilder()
        .add("type", "batch")
        .add("timestamp", now.toString())
        .add("data", Json.createObjectBuilder().add("events", list))
        .build()
        .toString();
  }

  /** Standard Webhooks' body: {@code {"type", "timestamp", "data"}}, the centre in the data. */
  static String body(EventView e) {
    return Json.createObjectBuilder()
        .add("type", e.type())
        .add("timestamp", e.time().toString())
        .add("data", data(e))
        .build()
        .toString();
  }

  private static JsonObjectBuilder data(EventView e) {
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
    return data;
  }
}
