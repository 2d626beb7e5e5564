package org.bksbbridge.webhooks;

import java.util.List;

/**
 * A subscription asked for: the receiver's URL and the event types (their wire names); either may
 * be missing (null), which the service refuses naming the field.
 */
public record WebhookRequest(String url, List<String> events) {
  public WebhookRequest {
    events = events == null ? null : List.copyOf(events);
  }
}
