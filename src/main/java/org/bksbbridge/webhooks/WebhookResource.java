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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Webhooks", description = "Signed deliveries of the centre's events to the MIS")
@Path("centres/{centreId}/webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {
  @Inject WebhookService webhooks;

  /** 201 with {@code {"id", "secret", "webhook"}}: the secret is shown only in this answer. */
  @Operation(
      operationId = "createWebhook",
      summary = "Subscribe a URL to event types",
      description = "The secret that signs deliveries is in this answer only: keep it.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = WebhookResource.NewWebhook.class)))
  @APIResponse(
      responseCode = "201",
      description = "Created, with its secret",
      content = @Content(schema = @Schema(implementation = WebhookView.WithSecret.class)))
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@PathParam("centreId") String centreId, JsonObject body) {
    WebhookView.WithSecret made = webhooks.create(centreId, WebhookJson.read(body));
    return Response.status(Response.Status.CREATED).entity(made).build();
  }

  @Operation(operationId = "listWebhooks", summary = "List the centre's webhooks (no secrets)")
  @GET
  public List<WebhookView> list(@PathParam("centreId") String centreId) {
    return webhooks.list(centreId);
  }

  @Operation(operationId = "getWebhook", summary = "Get one webhook")
  @GET
  @Path("{id}")
  public WebhookView get(@PathParam("centreId") String centreId, @PathParam("id") long id) {
    return webhooks.get(centreId, id);
  }

  @Operation(operationId = "deleteWebhook", summary = "Remove a webhook and its delivery log")
  @APIResponse(responseCode = "204", description = "Removed")
  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("centreId") String centreId, @PathParam("id") long id) {
    webhooks.delete(centreId, id);
    return Response.noContent().build();
  }

  /** A new secret, shown only in this answer; the old one signs nothing more. */
  @Operation(
      operationId = "rotateWebhookSecret",
      summary = "Replace a webhook's secret",
      description = "The new secret is in this answer only; the old one signs nothing more.")
  @POST
  @Path("{id}/secret")
  public WebhookView.WithSecret rotate(
      @PathParam("centreId") String centreId, @PathParam("id") long id) {
    return webhooks.rotate(centreId, id);
  }

  @Operation(
      operationId = "enableWebhook",
      summary = "Enable a webhook that was disabled after failing")
  @POST
  @Path("{id}/enable")
  public WebhookView enable(@PathParam("centreId") String centreId, @PathParam("id") long id) {
    return webhooks.enable(centreId, id);
  }

  /** The delivery log, latest first, 50 a page. */
  @Operation(
      operationId = "listWebhookDeliveries",
      summary = "The delivery log, latest first, 50 a page")
  @GET
  @Path("{id}/deliveries")
  public List<DeliveryView> deliveries(
      @PathParam("centreId") String centreId,
      @PathParam("id") long id,
      @QueryParam("page")
          @DefaultValue("0")
          @Parameter(
              description = "From 0",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "100000"))
          String page) {
    return webhooks.deliveries(centreId, id, pageNumber(page), 50);
  }

  @Operation(operationId = "redeliverWebhookEvent", summary = "Send one delivery's event again")
  @APIResponse(
      responseCode = "202",
      description = "Queued",
      content = @Content(schema = @Schema(implementation = DeliveryView.class)))
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

  /** The body's shape, for the API document: {@link WebhookJson#read} reads it leniently. */
  @Schema(name = "NewWebhook", description = "Where to deliver, and which events")
  public record NewWebhook(
      @Schema(required = true, examples = "https://mis.example.ac.uk/bksb-events") String url,
      @Schema(
              required = true,
              description =
                  "Event types: result.created, result.updated, learner.linked,"
                      + " learner.unlinked, account.created, account.failed, job.completed,"
                      + " job.failed, job.held",
              examples = "[\"result.created\", \"result.updated\"]")
          List<String> events,
      @Schema(description = "Up to 100 events a request, for bulk runs") Boolean batch) {}
}
