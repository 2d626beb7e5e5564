package org.bksbbridge.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bksbbridge.events.EventType;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.webhooks.DeliveryView;
import org.bksbbridge.webhooks.WebhookRequest;
import org.bksbbridge.webhooks.WebhookService;
import org.bksbbridge.webhooks.WebhookView;

/**
 * The webhooks of the centre's bksb integration page, for those who edit its settings: listed with
 * their last delivery, added (the secret shown this once), removed, enabled again, and one's
 * delivery log opened, with Send again on each delivery.
 */
@Named("webhooks")
@ViewScoped
public class WebhooksView implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Map<String, Messages.Field> FIELDS =
      Map.of(
          "url", new Messages.Field("webhook-add:url", "Receiver URL"),
          "events", new Messages.Field("webhook-add:events", "Events"));

  @Inject WebhookService service;

  private String url;
  private List<String> events = new ArrayList<>(List.of("result.created", "result.updated"));
  private boolean batch;
  private String secret;
  private Long logOf;

  public List<WebhookView> list(String centreId) {
    try {
      return service.list(centreId);
    } catch (Refusal notHere) {
      return List.of();
    }
  }

  public List<String> getTypes() {
    return Arrays.stream(EventType.values()).map(EventType::wire).toList();
  }

  public String add(String centreId) {
    try {
      WebhookView.WithSecret made =
          service.create(centreId, new WebhookRequest(url == null ? "" : url, events, batch));
      secret = made.secret();
      url = null;
      Messages.info("Webhook " + made.id() + " added: copy its signing secret now.");
    } catch (Refusal e) {
      Messages.show(e, FIELDS);
    }
    return null;
  }

  public String remove(String centreId, long id) {
    return act(() -> service.delete(centreId, id), "Webhook " + id + " removed.");
  }

  public String enable(String centreId, long id) {
    return act(() -> service.enable(centreId, id), "Webhook " + id + " enabled again.");
  }

  public String redeliver(String centreId, long id, long deliveryId) {
    return act(
        () -> service.redeliver(centreId, id, deliveryId),
        "Delivery " + deliveryId + " will be sent again in a few seconds.");
  }

  private String act(Runnable action, String done) {
    try {
      action.run();
      Messages.info(done);
    } catch (Refusal e) {
      Messages.show(e);
    }
    return null;
  }

  public void showLog(long id) {
    logOf = id;
  }

  public List<DeliveryView> log(String centreId) {
    if (logOf == null) {
      return List.of();
    }
    try {
      return service.deliveries(centreId, logOf, 0, 50);
    } catch (Refusal gone) {
      logOf = null;
      return List.of();
    }
  }

  public boolean invalid(String field) {
    return Messages.has(FIELDS.get(field).clientId());
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public boolean isBatch() {
    return batch;
  }

  public void setBatch(boolean batch) {
    this.batch = batch;
  }

  public List<String> getEvents() {
    return events;
  }

  public void setEvents(List<String> events) {
    this.events = events == null ? new ArrayList<>() : new ArrayList<>(events);
  }

  /** The secret of the webhook just added, for this view only. */
  public String getSecret() {
    return secret;
  }

  public Long getLogOf() {
    return logOf;
  }
}
