package org.bksbbridge.webhooks;

import java.util.List;

/**
 * A subscription asked for: the receiver's URL and the event types (their wire names); either may
 * be missing (null), which the service refuses naming the field. {@code batch}: up to 100 events a
 * request (for bulk runs) rather than one.
 */
public record WebhookRequest(String url, List<String> events, boolean batch) {
  public WebhookRequest {
    events = events == null ? null : List.copyOf(events);
  }
}
