package org.bksbbridge.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.events.EventType;
import org.bksbbridge.events.MisEventRepository;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.settings.SecretBox;

/**
 * A centre's webhooks, for whoever edits its settings ("Edit BKSB Settings"): added with a new
 * secret shown once, listed without it, rotated, enabled again, removed; and their delivery logs,
 * with one delivery sent again on request. A webhook hears of events from its creation on.
 */
@ApplicationScoped
public class WebhookService {
  static final int MAX_PER_CENTRE = 10;

  @Inject WebhookRepository webhooks;
  @Inject WebhookDeliveryRepository deliveries;
  @Inject WebhookUrlPolicy urls;
  @Inject MisEventRepository events;
  @Inject SecretBox secrets;
  @Inject CentreAccess access;
  @Inject Clock clock;

  @Transactional
  public WebhookView.WithSecret create(String centreId, WebhookRequest r) {
    access.require(Command.EDIT_BKSB_SETTINGS, centreId);
    if (r.url() == null || r.url().isBlank()) {
      throw Refusal.invalid("url", "required: the receiver's https URL");
    }
    String url = r.url().strip();
    urls.problem(url)
        .ifPresent(
            p -> {
              throw Refusal.invalid("url", p);
            });
    List<String> types = types(r.events());
    if (webhooks.countOfCentre(centreId) >= MAX_PER_CENTRE) {
      throw Refusal.conflict("centre " + centreId + " has " + MAX_PER_CENTRE + " webhooks already");
    }
    String secret = WebhookSignature.newSecret();
    Webhook w =
        webhooks.add(
            new Webhook(
                centreId,
                url,
                types,
                secrets.seal(secret, WebhookSender.context(centreId)),
                clock.instant(),
                access.caller().name(),
                events.end(),
                r.batch()));
    return new WebhookView.WithSecret(w.getId(), secret, WebhookView.of(w, null));
  }

  public List<WebhookView> list(String centreId) {
    access.require(Command.EDIT_BKSB_SETTINGS, centreId);
    return webhooks.ofCentre(centreId).stream().map(this::view).toList();
  }

  public WebhookView get(String centreId, long id) {
    return view(mine(centreId, id));
  }

  @Transactional
  public void delete(String centreId, long id) {
    Webhook w = mine(centreId, id);
    deliveries.forgetOf(id);
    webhooks.remove(w);
  }

  /** A new secret, at once: deliveries from now on are signed with it. */
  @Transactional
  public WebhookView.WithSecret rotate(String centreId, long id) {
    Webhook w = mine(centreId, id);
    String secret = WebhookSignature.newSecret();
    w.secret(secrets.seal(secret, WebhookSender.context(centreId)));
    return new WebhookView.WithSecret(id, secret, view(w));
  }

  /** Active again after failing: it goes on from where its deliveries stopped. */
  @Transactional
  public WebhookView enable(String centreId, long id) {
    Webhook w = mine(centreId, id);
    w.enable();
    return view(w);
  }

  public List<DeliveryView> deliveries(String centreId, long id, int page, int size) {
    mine(centreId, id);
    return deliveries.deliveries(id, page * size, size).stream().map(DeliveryView::of).toList();
  }

  /** Sends one delivery again soon, whatever became of it. */
  @Transactional
  public DeliveryView redeliver(String centreId, long id, long deliveryId) {
    mine(centreId, id);
    WebhookDelivery d =
        deliveries
            .find(deliveryId)
            .filter(x -> x.getWebhookId() == id)
            .orElseThrow(() -> Refusal.notFound("no delivery " + deliveryId + " of webhook " + id));
    d.again(clock.instant());
    return DeliveryView.of(d);
  }

  private Webhook mine(String centreId, long id) {
    access.require(Command.EDIT_BKSB_SETTINGS, centreId);
    return webhooks
        .find(id)
        .filter(w -> w.getCentreId().equals(centreId))
        .orElseThrow(() -> Refusal.notFound("no webhook " + id + " in centre " + centreId));
  }

  private WebhookView view(Webhook w) {
    return WebhookView.of(
        w,
        deliveries.deliveries(w.getId(), 0, 1).stream()
            .findFirst()
            .map(DeliveryView::of)
            .orElse(null));
  }

  private static List<String> types(List<String> asked) {
    if (asked == null) {
      throw Refusal.invalid("events", "required: a list of event types, e.g. [\"result.created\"]");
    }
    if (asked.isEmpty()) {
      throw Refusal.invalid("events", "name at least one event type");
    }
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String t : asked) {
      if (EventType.ofWire(t).isEmpty()) {
        throw Refusal.invalid("events", "unknown event type " + t);
      }
      out.add(t);
    }
    return List.copyOf(out);
  }
}
