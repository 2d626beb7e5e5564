package org.bksbbridge.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Set;
import org.bksbbridge.json.JsonFields;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Accounts", description = "bksb users created for learners who have none")
@Path("centres/{centreId}/learners/{reference}/bksb/account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {
  @Inject AccountService accounts;

  /** What a creation would send, and what stops it now ("Create BKSB User"; calls no bksb). */
  @Operation(
      operationId = "proposeAccount",
      summary = "Show what creating the learner's bksb user would send",
      description = "Calls no bksb; says what stops a creation now, if anything.")
  @GET
  public AccountProposal proposal(
      @PathParam("centreId") String centreId, @PathParam("reference") String reference) {
    return accounts.proposal(centreId, reference);
  }

  /**
   * Creates the learner's bksb user and links it; optional body {@code {"username","email"}}. 201
   * with the new user, 200 when an earlier try had made it and it is linked now.
   */
  @Operation(
      operationId = "createAccount",
      summary = "Create the learner's bksb user and link it",
      description =
          "The body may choose the username and email. 201 with the new user; 200 when an"
              + " earlier try had made it and it is linked now.")
  @RequestBody(
      required = false,
      content = @Content(schema = @Schema(implementation = AccountResource.AccountChoice.class)))
  @APIResponse(
      responseCode = "200",
      description = "Made by an earlier try, and linked now",
      content = @Content(schema = @Schema(implementation = CreatedAccount.class)))
  @APIResponse(
      responseCode = "201",
      description = "Created and linked",
      content = @Content(schema = @Schema(implementation = CreatedAccount.class)))
  @APIResponse(responseCode = "502", ref = "BksbFailed")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(
      @PathParam("centreId") String centreId,
      @PathParam("reference") String reference,
      JsonObject body) {
    Map<String, String> v =
        body == null ? Map.of() : JsonFields.requireFlat(body, Set.of("username", "email"));
    CreatedAccount made = accounts.create(centreId, reference, v.get("username"), v.get("email"));
    return Response.status(made.recovered() ? 200 : 201).entity(made).build();
  }

  /** The body's shape, for the API document: both optional, the proposal's values otherwise. */
  @Schema(name = "AccountChoice", description = "The username and email to create with")
  public record AccountChoice(
      @Schema(examples = "ada.lovelace") String username,
      @Schema(examples = "ada@example.ac.uk") String email) {}
}
