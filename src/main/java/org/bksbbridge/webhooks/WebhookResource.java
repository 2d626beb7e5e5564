package org.bksbbridge.webhooks;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.bksbbridge.refusal.Refusal;

@Path("centres/{centreId}/webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {
  @Inject WebhookService webhooks;

  /** 201 with {@code {"id", "secret", "webhook"}}: the secret is shown only in this answer. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@PathParam("centreId") String centreId, JsonObject body) {
    WebhookView.WithSecret made = webhooks.create(centreId, WebhookJson.read(body));
    return Response.status(Response.Status.CREATED).entity(made).build();
  }

  @GET
  public List<WebhookView> list(@PathParam("centreId") String centreId) {
    return webhooks.list(centreId);
  }

  @GET
  @Path("{id}")
  public WebhookView get(@PathParam("centreId") String centreId, @PathParam("id") long id) {
    return webhooks.get(centreId, id);
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("centreId") String centreId, @PathParam("id") long id) {
    webhooks.delete(centreId, id);
    return Response.noContent().build();
  }

  /** A new secret, shown only in this answer; the old one signs nothing more. */
  @POST
  @Path("{id}/secret")
  public WebhookView.WithSecret rotate(
      @PathParam("centreId") String centreId, @PathParam("id") long id) {
    return webhooks.rotate(centreId, id);
  }

  @POST
  @Path("{id}/enable")
  public WebhookView enable(@PathParam("centreId") String centreId, @PathParam("id") long id) {
    return webhooks.enable(centreId, id);
  }

  /** The delivery log, latest first, 50 a page. */
  @GET
  @Path("{id}/deliveries")
  public List<DeliveryView> deliveries(
      @PathParam("centreId") String centreId,
      @PathParam("id") long id,
      @QueryParam("page") @DefaultValue("0") String page) {
    return webhooks.deliveries(centreId, id, pageNumber(page), 50);
  }

  @POST
  @Path("{id}/deliveries/{deliveryId}/redeliver")
  public Response redeliver(
      @PathParam("centreId") String centreId,
      @PathParam("id") long id,
      @PathParam("deliveryId") long deliveryId) {
    return Response.accepted(webhooks.redeliver(centreId, id, deliveryId)).build();
  }

  private static int pageNumber(String page) {
    try {
      int p = Integer.parseInt(page.strip());
      if (p >= 0 && p <= 100_000) {
        return p;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw Refusal.invalid("page", "must be a whole number from 0");
  }
}
