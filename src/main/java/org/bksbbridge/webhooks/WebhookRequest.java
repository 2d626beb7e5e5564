package org.bksbbridge.webhooks;

import java.util.List;

/** A subscription asked for: the receiver's URL and the event types (their wire names). */
public record WebhookRequest(String url, List<String> events) {
  public WebhookRequest {
    events = List.copyOf(events);
  }
}
