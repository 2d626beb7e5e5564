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
    JsonValue url = body.get("url");
    if (!(url instanceof JsonString)) {
      throw Refusal.invalid("url", "required: the receiver's https URL");
    }
    JsonValue events = body.get("events");
    if (!(events instanceof JsonArray)) {
      throw Refusal.invalid("events", "required: a list of event types, e.g. [\"result.created\"]");
    }
    List<String> types = new ArrayList<>();
    for (JsonValue v : (JsonArray) events) {
      if (!(v instanceof JsonString s)) {
        throw Refusal.invalid("events", "each must be an event type's name");
      }
      types.add(s.getString());
    }
    return new WebhookRequest(((JsonString) url).getString(), types);
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
