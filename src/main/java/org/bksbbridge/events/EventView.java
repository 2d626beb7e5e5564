package org.bksbbridge.events;

import java.time.Instant;
import java.util.Map;

/**
 * An event as the feed and the webhooks give it.
 *
 * @param id the event's id, the same in the feed and in every delivery of it
 * @param type e.g. {@code result.created}
 * @param centre the centre it happened in
 * @param time when the change was made
 * @param data what the type promises
 */
public record EventView(
    String id, String type, String centre, Instant time, Map<String, Object> data) {
  public static EventView of(MisEvent e) {
    return new EventView(
        "evt_" + e.getId(),
        e.getType(),
        e.getCentreId(),
        e.getOccurredAt(),
        EventJson.read(e.getPayload()));
  }
}
