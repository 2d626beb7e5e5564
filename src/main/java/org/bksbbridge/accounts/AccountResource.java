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

@Path("centres/{centreId}/learners/{reference}/bksb/account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {
  @Inject AccountService accounts;

  /** What a creation would send, and what stops it now ("Create BKSB User"; calls no bksb). */
  @GET
  public AccountProposal proposal(
      @PathParam("centreId") String centreId, @PathParam("reference") String reference) {
    return accounts.proposal(centreId, reference);
  }

  /**
   * Creates the learner's bksb user and links it; optional body {@code {"username","email"}}. 201
   * with the new user, 200 when an earlier try had made it and it is linked now.
   */
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
}
